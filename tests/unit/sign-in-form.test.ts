import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SignInForm } from "@/components/auth/sign-in-form";
import cs from "@/lib/i18n/messages/cs.json";

/**
 * The OIDC button is there only when the sign-in page passes the provider's name, which it does
 * only when OIDC_ISSUER is set (app/signin/page.tsx). The configured case runs against a real
 * provider in e2e/oidc.spec.ts; the unconfigured one, the default deployment, is checked here.
 */
const render = (oidcName: string | null) =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      // The children are the third argument; the props type wants them among the props too.
      { locale: "cs", messages: cs, timeZone: "Europe/Prague" } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(SignInForm, { callbackUrl: "/", initialError: null, oidcName }),
    ),
  );

describe("sign-in form", () => {
  it("has no OIDC button when no provider is configured", () => {
    const html = render(null);
    expect(html).toContain("Přihlásit se</button>");
    expect(html).not.toContain("Přihlásit se přes");
  });

  it("names the configured provider on its button", () => {
    expect(render("Microsoft Entra ID")).toContain("Přihlásit se přes Microsoft Entra ID</button>");
  });
});
