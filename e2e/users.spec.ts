import { DEMO, expect, expectAccessible, test, uniqueEmail } from "./fixtures";
import { HomePage } from "./pages/home-page";
import { SignInPage } from "./pages/sign-in-page";
import { UsersPage } from "./pages/users-page";

/** Journey: the administrator manages accounts. */
test.describe("user administration", () => {
  test.beforeEach(async ({ page }) => {
    await new SignInPage(page).signInAs("admin");
  });

  test("the admin creates a user, who can then sign in", async ({ page, browser }) => {
    const user = {
      name: "Petra Nováková",
      email: uniqueEmail("novy"),
      role: "Koordinátor mezinárodních vztahů",
      password: "Nove-Heslo-2026",
    };
    await new UsersPage(page).create(user);

    const other = await browser.newContext();
    try {
      const newcomer = await other.newPage();
      await new SignInPage(newcomer).signIn(user.email, user.password);
      await new HomePage(newcomer).expectSignedInAs(user.role);
    } finally {
      await other.close();
    }
  });

  test("bad input is answered in Czech next to each field", async ({ page }) => {
    const users = new UsersPage(page);
    await users.gotoNew();
    await users.skipBrowserValidation();
    await users.name().fill("   ");
    await users.email().fill("neni-to-email");
    await users.role().selectOption({ label: "Auditor" });
    await users.password().fill("kratke");
    await users.createButton().click();

    await users.expectFieldError(users.name, /Zadejte jméno uživatele/);
    await users.expectFieldError(users.email, /Zadejte platný e-mail/);
    await users.expectFieldError(users.password, /alespoň 12 znaků/);
    await expect(page).toHaveURL(/\/admin\/users\/new/);
    await expectAccessible(page);

    // Valid now, but the e-mail belongs to someone (in another letter case).
    await users.fillNew({
      name: "Druhá Auditorka",
      email: DEMO.auditor.email.toUpperCase(),
      role: "Auditor",
      password: "Dostatecne-Dlouhe-2026",
    });
    await users.createButton().click();
    await users.expectFieldError(users.email, /už existuje/);
    await expect(users.name()).not.toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
  });

  test("deactivating a user ends their open session at once", async ({ page, browser }) => {
    const user = {
      name: "Ondřej Odcházející",
      email: uniqueEmail("odchod"),
      role: "Auditor",
      password: "Odchazim-Brzy-2026",
    };
    const users = new UsersPage(page);
    await users.create(user);

    const theirs = await browser.newContext();
    try {
      const session = await theirs.newPage();
      await new SignInPage(session).signIn(user.email, user.password);

      await users.deactivate(user.email);

      await session.goto("/");
      await expect(session).toHaveURL(/\/signin/);
      await expectAccessible(session);
      // And they cannot sign in again.
      await new SignInPage(session).expectRefused(user.email, user.password, /nesprávn|neplatn/i);
    } finally {
      await theirs.close();
    }
  });
});
