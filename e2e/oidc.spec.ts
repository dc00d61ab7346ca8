import type { BrowserContext, Page } from "@playwright/test";
import { expect, expectAccessible, test, uniqueEmail } from "./fixtures";
import { E2E_OIDC } from "./oidc/settings";
import { HomePage } from "./pages/home-page";
import { OidcProviderPage } from "./pages/oidc-provider-page";
import { SignInPage } from "./pages/sign-in-page";
import { UsersPage } from "./pages/users-page";

/**
 * Journey: signing in through the city's OpenID Connect provider, here a real one on loopback
 * (e2e/oidc/provider.ts), over the whole authorization-code flow with PKCE, state and nonce.
 * The provider vouches for anyone; the registry lets in only its own active users.
 */

const known = { name: "Olga Oidcová", email: uniqueEmail("oidc-znama"), role: "Auditor", password: "Oidc-Heslo-2026-x" };
const deactivated = { name: "Dušan Deaktivovaný", email: uniqueEmail("oidc-neaktivni"), role: "Auditor", password: "Oidc-Heslo-2026-y" };

const REFUSED = /nemá do registru přístup/;
const CALLBACK_FAILED = /Přihlášení se nezdařilo/;

const hasSession = async (context: BrowserContext) =>
  (await context.cookies()).some((c) => c.name.includes("next-auth.session-token"));

/** Refused: back on the app's sign-in page with a Czech message, and no session. */
async function expectRefused(page: Page, message: RegExp) {
  await expect(page).toHaveURL(/\/signin\?error=/);
  await expect(new SignInPage(page).error(message)).toBeVisible();
  await expectAccessible(page);
  expect(await hasSession(page.context())).toBe(false);
}

/**
 * Goes through the provider as `email` but stops the browser at the app's callback, unopened:
 * returns the callback URL (code and state) the provider redirected to.
 */
async function callbackStoppedAt(page: Page, email: string): Promise<URL> {
  const provider = new OidcProviderPage(page);
  await provider.start();
  let reached: (url: string) => void;
  const callback = new Promise<string>((resolve) => (reached = resolve));
  await page.route(
    (url) => url.href.startsWith(E2E_OIDC.redirectUri),
    async (route) => {
      reached(route.request().url());
      await route.abort("aborted");
    },
    { times: 1 },
  );
  await provider.continueAs(email);
  return new URL(await callback);
}

test.describe("sign-in through OpenID Connect", () => {
  // The users are made once, before any test signs in (a retry loads new unique e-mails).
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async ({ browser }) => {
    const admin = await browser.newContext();
    try {
      const page = await admin.newPage();
      await new SignInPage(page).signInAs("admin");
      const users = new UsersPage(page);
      await users.create(known);
      await users.create(deactivated);
      await users.deactivate(deactivated.email);
    } finally {
      await admin.close();
    }
  });

  test("a known user signs in through the provider, lands on the home page, and signing out ends the session", async ({ page }) => {
    const provider = new OidcProviderPage(page);
    await provider.start();
    await provider.continueAs(known.email);
    const home = new HomePage(page);
    await home.expectSignedInAs(known.role);
    await expect(home.userBox()).toContainText(known.name);
    await expectAccessible(page);

    await home.signOut();
    expect(await hasSession(page.context())).toBe(false);
    await page.goto("/organizations");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Forganizations/);
    await expectAccessible(page);
  });

  test("an unknown identity is refused with a Czech message", async ({ page }) => {
    const provider = new OidcProviderPage(page);
    await provider.start();
    await provider.continueAs(uniqueEmail("oidc-neznamy"));
    await expectRefused(page, REFUSED);
  });

  test("a deactivated user is refused with a Czech message", async ({ page }) => {
    const provider = new OidcProviderPage(page);
    await provider.start();
    await provider.continueAs(deactivated.email);
    await expectRefused(page, REFUSED);
  });

  test("a replayed callback fails, even with the browser's own state, PKCE and nonce cookies", async ({ page, browser }) => {
    const provider = new OidcProviderPage(page);
    await provider.start();
    // What an attacker who copied this browser would hold: its sign-in's check cookies ...
    const checkCookies = (await page.context().cookies()).filter((c) => /next-auth\.(state|pkce|nonce)/.test(c.name));
    expect(checkCookies.map((c) => c.name).sort()).toEqual(["next-auth.nonce", "next-auth.pkce.code_verifier", "next-auth.state"]);
    // ... and the callback URL with its code, which the real sign-in then uses.
    const callback = page.waitForRequest((r) => r.url().startsWith(E2E_OIDC.redirectUri));
    await provider.continueAs(known.email);
    const callbackUrl = (await callback).url();
    await new HomePage(page).expectSignedInAs(known.role);
    await expectAccessible(page);

    const replay = await browser.newContext();
    try {
      await replay.addCookies(checkCookies);
      const again = await replay.newPage();
      await again.goto(callbackUrl);
      await expectRefused(again, CALLBACK_FAILED);
    } finally {
      await replay.close();
    }
  });

  test("a tampered callback fails: an altered state, and a code issued for another browser's verifier", async ({ page, browser }) => {
    // The state altered: the code is good, but this browser did not start that sign-in.
    const stopped = await callbackStoppedAt(page, known.email);
    stopped.searchParams.set("state", `${stopped.searchParams.get("state")}x`);
    await page.goto(stopped.href);
    await expectRefused(page, CALLBACK_FAILED);

    // Another browser's code under this browser's own state: PKCE (and the nonce) do not match.
    const other = await browser.newContext();
    let stolenCode: string;
    try {
      stolenCode = (await callbackStoppedAt(await other.newPage(), known.email)).searchParams.get("code")!;
    } finally {
      await other.close();
    }
    // A fresh start for this browser (the provider would otherwise remember it signed in).
    await page.context().clearCookies();
    const own = await callbackStoppedAt(page, known.email);
    own.searchParams.set("code", stolenCode);
    await page.goto(own.href);
    await expectRefused(page, CALLBACK_FAILED);
  });
});
