import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";
import { E2E_OIDC } from "../oidc/settings";
import { SignInPage } from "./sign-in-page";

/** The loopback OpenID Connect provider's login page (e2e/oidc/provider.ts). */
export class OidcProviderPage {
  constructor(readonly page: Page) {}

  readonly login = () => this.page.getByRole("textbox", { name: "E-mail osoby" });
  readonly continueButton = () => this.page.getByRole("button", { name: "Pokračovat" });

  /** From the app's sign-in page, through its OIDC button, to the provider's login page. */
  async start() {
    const signIn = new SignInPage(this.page);
    await signIn.goto();
    await signIn.oidcButton().click();
    await expect(this.page).toHaveURL((url) => url.origin === E2E_OIDC.issuer && url.pathname.startsWith("/interaction/"));
    await expect(this.login()).toBeVisible();
    await expectAccessible(this.page);
  }

  /** Signs in at the provider as the person with this e-mail; the caller asserts what follows. */
  async continueAs(email: string) {
    await this.login().fill(email);
    await this.continueButton().click();
  }
}
