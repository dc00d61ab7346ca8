import { DEMO, expect, expectAccessible, test, type DemoRole } from "./fixtures";
import { HomePage } from "./pages/home-page";
import { SignInPage } from "./pages/sign-in-page";

/** Journey: signing in and out, as each of the five roles. */
test.describe("sign-in", () => {
  for (const role of Object.keys(DEMO) as DemoRole[]) {
    test(`${role} signs in and sees the home page with their role`, async ({ page }) => {
      await new SignInPage(page).signInAs(role);
      await new HomePage(page).expectSignedInAs(DEMO[role].role);
    });
  }

  test("a wrong password is refused with a Czech message", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.expectRefused(DEMO.coordinator.email, "Spatne-heslo-2026", /nesprávn|neplatn/i);
    await expect(signIn.password()).toHaveValue("");
  });

  test("signing out ends the session: the old cookie no longer opens the app", async ({ page, browser }) => {
    await new SignInPage(page).signInAs("auditor");
    const saved = await page.context().cookies();
    expect(saved.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);

    await new HomePage(page).signOut();

    // Replay the cookie captured before sign-out in a fresh browser: it must not let anyone in.
    const replay = await browser.newContext();
    try {
      await replay.addCookies(saved);
      const stolen = await replay.newPage();
      await stolen.goto("/");
      await expect(stolen).toHaveURL(/\/signin/);
      await expectAccessible(stolen);
    } finally {
      await replay.close();
    }
  });
});
