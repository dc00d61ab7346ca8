import type { BrowserContext, Cookie, Page } from "@playwright/test";
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

/** The cookies in which next-auth keeps a sign-in's state, PKCE verifier and nonce (all three). */
async function checkCookies(context: BrowserContext): Promise<Cookie[]> {
  const checks = (await context.cookies()).filter((c) => /^next-auth\.(state|pkce\.code_verifier|nonce)$/.test(c.name));
  expect(checks.map((c) => c.name).sort()).toEqual(["next-auth.nonce", "next-auth.pkce.code_verifier", "next-auth.state"]);
  return checks;
}

/** Refused: back on the app's sign-in page with a Czech message, and no session. */
async function expectRefused(page: Page, message: RegExp) {
  await expect(page).toHaveURL(/\/signin\?(.*&)?error=/);
  await expect(new SignInPage(page).error(message)).toBeVisible();
  await expectAccessible(page);
  expect(await hasSession(page.context())).toBe(false);
}

/**
 * Goes through the provider as `email` but stops before the app's callback: returns the callback
 * URL (code and state) the provider redirects to, unopened. The browser starts the sign-in; its
 * login form is then sent by the browser context's request API, which shares the browser's
 * cookies, because Playwright cannot stop a browser at a redirect (routes see no redirect hops).
 */
async function callbackStoppedAt(page: Page, email: string): Promise<URL> {
  await new OidcProviderPage(page).start();
  const request = page.context().request;
  let response = await request.post(`${page.url()}/login`, { form: { login: email }, maxRedirects: 0 });
  for (let hop = 0; hop < 5; hop++) {
    expect(response.status(), `${response.url()} redirects`).toBe(303);
    const next = new URL(response.headers()["location"] ?? "", response.url());
    if (next.href.startsWith(E2E_OIDC.redirectUri)) return next;
    response = await request.get(next.href, { maxRedirects: 0 });
  }
  throw new Error("the provider never redirected to the app's callback");
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
    const checks = await checkCookies(page.context());
    // ... and the callback URL with its code, which the real sign-in then uses.
    const callback = page.waitForRequest((r) => r.url().startsWith(E2E_OIDC.redirectUri));
    await provider.continueAs(known.email);
    const callbackUrl = (await callback).url();
    await new HomePage(page).expectSignedInAs(known.role);
    await expectAccessible(page);

    const replay = await browser.newContext();
    try {
      await replay.addCookies(checks);
      const again = await replay.newPage();
      await again.goto(callbackUrl);
      await expectRefused(again, CALLBACK_FAILED);
    } finally {
      await replay.close();
    }
  });

  test("a tampered callback fails: an altered state, another browser's code (PKCE), another sign-in's nonce", async ({ page, browser }) => {
    // The state altered: the code is good, but this browser did not start that sign-in.
    const stopped = await callbackStoppedAt(page, known.email);
    stopped.searchParams.set("state", `${stopped.searchParams.get("state")}x`);
    await page.goto(stopped.href);
    await expectRefused(page, CALLBACK_FAILED);

    // A second sign-in, in another browser: its code, and its nonce cookie.
    const other = await browser.newContext();
    let otherCode: string;
    let otherNonce: Cookie;
    try {
      otherCode = (await callbackStoppedAt(await other.newPage(), known.email)).searchParams.get("code")!;
      otherNonce = (await other.cookies()).find((c) => c.name === "next-auth.nonce")!;
      expect(otherNonce).toBeDefined();
    } finally {
      await other.close();
    }

    // A fresh start for this browser (the provider would otherwise remember it signed in).
    await page.context().clearCookies();
    const own = await callbackStoppedAt(page, known.email);
    const ownChecks = await checkCookies(page.context());

    // The other browser's code under this browser's own state: its PKCE verifier does not fit.
    const swapped = new URL(own);
    swapped.searchParams.set("code", otherCode);
    await page.goto(swapped.href);
    await expectRefused(page, CALLBACK_FAILED);

    // This browser's own code and state, PKCE fitting, but the nonce of the other sign-in: the ID
    // token was issued for another sign-in, and only the nonce check can tell.
    const mixed = await browser.newContext();
    try {
      await mixed.addCookies([...ownChecks.filter((c) => c.name !== "next-auth.nonce"), otherNonce]);
      const tab = await mixed.newPage();
      await tab.goto(own.href);
      await expectRefused(tab, CALLBACK_FAILED);
    } finally {
      await mixed.close();
    }
  });
});
