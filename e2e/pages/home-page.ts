import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

/** The signed-in shell (components/shell) and the home page (app/page.tsx). */
export class HomePage {
  constructor(readonly page: Page) {}

  readonly userBox = () => this.page.getByRole("group", { name: "Přihlášený uživatel" });
  readonly signOutButton = () => this.page.getByRole("button", { name: /Odhlásit/ });

  async goto() {
    await this.page.goto("/");
    await expectAccessible(this.page);
  }

  /** The home page greets the user and names their role, in the banner and in the page. */
  async expectSignedInAs(roleLabel: string) {
    await expect(this.page).toHaveURL(/\/$/);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("Dobrý den");
    await expect(this.userBox()).toContainText(`Role: ${roleLabel}`);
    await expect(this.page.getByText(`Vaše role: ${roleLabel}`)).toBeVisible();
  }

  async signOut() {
    await this.signOutButton().click();
    await expect(this.page).toHaveURL(/\/signin/);
    await expectAccessible(this.page);
  }
}
