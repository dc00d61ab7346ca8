import { expect, test, uniqueEmail } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { UsersPage } from "./pages/users-page";

/**
 * Journey: someone guesses a password. After a few failures the guesser is told, in Czech, how
 * long to wait, even with the right password; meanwhile the owner, from the browser they signed
 * in with before (a known device), still gets in. A fresh account, made by the admin here, so no
 * other spec's sign-ins are touched.
 */
test("a guesser is made to wait, while the owner's known browser still gets in", async ({ page, browser }) => {
  test.slow(); // ten sign-in attempts, each checked with axe
  const user = {
    name: "Tereza Zkoušková",
    email: uniqueEmail("throttle"),
    role: "Vedoucí pracovník",
    password: "Spravne-Heslo-2026",
  };
  await new SignInPage(page).signInAs("admin");
  await new UsersPage(page).create(user);

  const owner = await browser.newContext();
  const guesser = await browser.newContext();
  try {
    // The owner signs in once: their browser keeps a signed, HttpOnly device cookie.
    const ownerPage = await owner.newPage();
    await new SignInPage(ownerPage).signIn(user.email, user.password);
    const device = (await owner.cookies()).find((c) => c.name === "registry-device");
    expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await owner.clearCookies({ name: /next-auth/ });

    const signIn = new SignInPage(await guesser.newPage());
    await signIn.goto();
    for (let i = 1; i <= 5; i++) {
      await signIn.expectRefused(user.email, `Spatne-heslo-${i}`, /nesprávn/i);
    }
    await signIn.expectRefused(user.email, user.password, /Zkuste to znovu za 1 minutu/);
    // Trying on during the wait does not make it longer.
    await signIn.expectRefused(user.email, `Spatne-heslo-6`, /Zkuste to znovu za 1 minutu/);

    await new SignInPage(ownerPage).signIn(user.email, user.password);
  } finally {
    await owner.close();
    await guesser.close();
  }
});
