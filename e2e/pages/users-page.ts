import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

export type NewUser = {
  name: string;
  email: string;
  role: string;
  department?: string;
  password: string;
};

/** /admin/users: the list, the new-user form and the edit form (app/admin/users). */
export class UsersPage {
  constructor(readonly page: Page) {}

  // By accessible name: the labels' text also holds the required-field asterisk.
  readonly name = () => this.page.getByRole("textbox", { name: /^Jméno/ });
  readonly email = () => this.page.getByRole("textbox", { name: "E-mail", exact: true });
  readonly role = () => this.page.getByRole("combobox", { name: "Role", exact: true });
  readonly department = () => this.page.getByRole("combobox", { name: /^Odbor/ });
  readonly password = () => this.page.getByRole("textbox", { name: /heslo/i });
  readonly active = () => this.page.getByRole("checkbox", { name: /^Aktivní účet/ });
  readonly createButton = () => this.page.getByRole("button", { name: "Založit uživatele", exact: true });
  readonly saveButton = () => this.page.getByRole("button", { name: "Uložit", exact: true });
  readonly table = () => this.page.getByRole("table");

  async gotoList() {
    await this.page.goto("/admin/users");
    await expect(this.page.getByRole("heading", { level: 1, name: "Uživatelé" })).toBeVisible();
    await expectAccessible(this.page);
  }

  async gotoNew() {
    await this.page.goto("/admin/users/new");
    await expect(this.createButton()).toBeVisible();
    await expectAccessible(this.page);
  }

  /**
   * Lets the form reach the server with what the browser would refuse (required, type=email):
   * the server's own Czech messages are what these tests are about.
   */
  async skipBrowserValidation() {
    await this.page.locator("form").filter({ has: this.createButton() }).evaluate((f) => {
      (f as HTMLFormElement).noValidate = true;
    });
  }

  async fillNew(user: NewUser) {
    await this.name().fill(user.name);
    await this.email().fill(user.email);
    await this.role().selectOption({ label: user.role });
    if (user.department) await this.department().selectOption({ label: user.department });
    await this.password().fill(user.password);
  }

  /** Creates a user through the form and waits for the list that confirms it. */
  async create(user: NewUser) {
    await this.gotoNew();
    await this.fillNew(user);
    await this.createButton().click();
    await expect(this.page).toHaveURL(/\/admin\/users(\?|$)/);
    await expect(this.page.getByRole("status").filter({ hasText: "Uživatel byl založen." })).toBeVisible();
    await expect(this.rowFor(user.email)).toBeVisible();
    await expectAccessible(this.page);
  }

  /** The error shown next to a field, as its accessible description (aria-describedby). */
  async expectFieldError(field: () => Locator, message: RegExp) {
    await expect(field()).toHaveAttribute("aria-invalid", "true");
    await expect(field()).toHaveAccessibleDescription(message);
  }

  rowFor(email: string) {
    return this.table().getByRole("row").filter({ hasText: email });
  }

  /** Opens the user's edit form from the list. */
  async openEdit(email: string) {
    await this.gotoList();
    await this.rowFor(email).getByRole("link").first().click();
    await expect(this.saveButton()).toBeVisible();
    await expectAccessible(this.page);
  }

  async deactivate(email: string) {
    await this.openEdit(email);
    await this.active().uncheck();
    await this.saveButton().click();
    await expect(this.page.getByRole("status").filter({ hasText: "Změny byly uloženy." })).toBeVisible();
    await expectAccessible(this.page);
  }
}
