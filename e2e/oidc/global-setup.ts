import { startTestProvider } from "./provider";
import { E2E_OIDC } from "./settings";

/**
 * Runs the OpenID Connect provider for the whole Playwright run (the app server has OIDC_* set
 * to it in playwright.config.ts and reads its discovery document only when someone signs in
 * through it). The returned function is Playwright's teardown.
 */
export default async function globalSetup() {
  const provider = await startTestProvider(E2E_OIDC);
  return () => provider.close();
}
