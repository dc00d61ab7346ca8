import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, type DemoRole } from "../fixtures";

/** /signin: the e-mail + password form (components/auth). */
export class SignInPage {
  constructor(readonly page: Page) {}

  // By accessible name: the label's text also holds the required-field asterisk.
  readonly email = () => this.page.getByRole("textbox", { name: "E-mail", exact: true });
  readonly password = () => this.page.getByRole("textbox", { name: "Heslo", exact: true });
  readonly submitButton = () => this.page.getByRole("button", { name: "Přihlásit se", exact: true });
  /** Sign-in through the OpenID Connect provider (shown when OIDC_ISSUER is set). */
  readonly oidcButton = () => this.page.getByRole("button", { name: /^Přihlásit se přes / });
  /** The form-level error with this text (role="alert"; Next's route announcer is one too). */
  readonly error = (message: RegExp) => this.page.getByRole("alert").filter({ hasText: message });

  async goto() {
    await this.page.goto("/signin");
    await this.expectShown();
  }

  async expectShown() {
    await expect(this.page).toHaveURL(/\/signin(\?|$)/);
    await expect(this.submitButton()).toBeVisible();
    await expectAccessible(this.page);
  }

  /** Fills and submits the form; the caller asserts what follows. */
  async submit(email: string, password: string) {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.submitButton().click();
  }

  /** Signs in and waits for the home page. */
  async signIn(email: string, password: string) {
    await this.goto();
    await this.submit(email, password);
    await expect(this.page).toHaveURL(/\/$/);
    await expectAccessible(this.page);
  }

  async signInAs(role: DemoRole) {
    await this.signIn(DEMO[role].email, DEMO[role].password);
  }

  /** Submits and expects to stay on the sign-in page with a Czech error. */
  async expectRefused(email: string, password: string, message: RegExp) {
    await this.submit(email, password);
    await expect(this.error(message)).toBeVisible();
    await expect(this.page).toHaveURL(/\/signin/);
    await expectAccessible(this.page);
  }
}
