/**
 * Where the end-to-end tests run the app and the OpenID Connect provider that stands in for the
 * city's Entra ID (e2e/oidc/provider.ts). Shared by playwright.config.ts (the app server's
 * OIDC_* variables), the global setup (which starts the provider) and the specs.
 */

// E2E_PORT lets several checkouts run their suites side by side; the provider follows it.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? E2E_PORT + 1000);

/** What the app is configured with, and the one client the provider knows. */
export const E2E_OIDC = {
  issuer: `http://127.0.0.1:${OIDC_PORT}`,
  port: OIDC_PORT,
  clientId: "registr-e2e",
  // Known to this loopback provider only; not a secret of anything real.
  clientSecret: "e2e-oidc-client-secret-not-used-anywhere-else",
  redirectUri: `${E2E_BASE_URL}/api/auth/callback/oidc`,
  name: "Test OIDC",
} as const;
