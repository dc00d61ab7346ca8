import { expect, expectAccessible, test, type DemoRole } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

/** Journey: a user opens a page their role does not allow. They get a 403 page, not a crash. */
const NOT_ADMINS: DemoRole[] = ["staff", "manager", "auditor", "coordinator"];

test.describe("user administration is for administrators only", () => {
  for (const role of NOT_ADMINS) {
    test(`${role} gets 403 at /admin/users`, async ({ page }) => {
      await new SignInPage(page).signInAs(role);
      for (const path of ["/admin/users", "/admin/users/new"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Přístup odepřen");
        await expect(page.getByRole("table")).toHaveCount(0);
        await expectAccessible(page);
      }
    });
  }

  test("a signed-out visitor is sent to sign in", async ({ page }) => {
    for (const path of ["/", "/admin/users", "/admin/users/new"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/signin/);
      await expect(page.getByRole("button", { name: "Přihlásit se", exact: true })).toBeVisible();
      await expectAccessible(page);
    }
  });
});
