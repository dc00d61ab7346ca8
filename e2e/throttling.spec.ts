import { expect, test, uniqueEmail } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { UsersPage } from "./pages/users-page";

/**
 * Journey: someone guesses a password. After 10 failures in the window even the right password
 * is refused. A fresh account, made by the admin here, so no other spec's sign-ins are touched.
 */
test("ten wrong passwords lock the account out, even for the right password", async ({ page, browser }) => {
  const user = {
    name: "Tereza Zkoušková",
    email: uniqueEmail("throttle"),
    role: "Vedoucí pracovník",
    password: "Spravne-Heslo-2026",
  };
  await new SignInPage(page).signInAs("admin");
  await new UsersPage(page).create(user);

  const guesser = await browser.newContext();
  try {
    const signIn = new SignInPage(await guesser.newPage());
    await signIn.goto();
    for (let i = 1; i <= 10; i++) {
      await signIn.expectRefused(user.email, `Spatne-heslo-${i}`, /nesprávn|neplatn/i);
    }
    await signIn.expectRefused(user.email, user.password, /příliš mnoho|zkuste to.*později/i);
    await expect(signIn.page).toHaveURL(/\/signin/);
  } finally {
    await guesser.close();
  }
});
