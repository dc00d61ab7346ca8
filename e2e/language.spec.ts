import { expect, expectAccessible, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

/** Journey: a user switches the interface to English and back; Czech stays the default. */
test("the interface speaks Czech first and switches to English and back", async ({ page }) => {
  await new SignInPage(page).signInAs("manager");
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  const nav = page.getByRole("navigation", { name: "Hlavní navigace" });
  await expect(nav.getByRole("link", { name: "Organizace" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Organisations", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  // Dates and money keep their formats per language; the status of UNESCO is its own.
  await expect(page.getByRole("row").filter({ hasText: "UNESCO" })).toContainText("Via the state");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Čeština" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  await expect(page.getByRole("heading", { level: 1, name: "Organizace" })).toBeVisible();
  await expectAccessible(page);
});
