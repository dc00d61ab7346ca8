"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button, FormError, TextField } from "@/components/ui";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInError } from "./sign-in-messages";

type FieldErrors = { email?: string; password?: string };

/**
 * The e-mail + password form (and the OIDC button when an issuer is configured). Errors appear
 * in a role="alert" box above the fields and, for an empty field, next to it.
 */
export function SignInForm({
  callbackUrl,
  initialError,
  oidcName,
}: {
  callbackUrl: string;
  initialError: string | null;
  oidcName: string | null;
}) {
  const t = useTranslations("signin");
  const [error, setError] = useState(signInError(initialError));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  // Re-checked here too: the prop comes from the URL.
  const target = safeCallbackPath(callbackUrl);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The fields stay enabled while signing in (a disabled field cannot take focus back after
    // a failure), so Enter must not send a second request.
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const missing: FieldErrors = {
      email: email ? undefined : t("emailRequired"),
      password: password ? undefined : t("passwordRequired"),
    };
    setFieldErrors(missing);
    setError(null);
    if (missing.email || missing.password) return;

    setPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl: target });
      if (result?.ok && !result.error) {
        // A full load, not a client navigation: the layout (header, menu) must render anew
        // for the signed-in user.
        window.location.assign(target);
        return;
      }
      setError(signInError(result?.error ?? "default"));
    } catch {
      setError(signInError("default"));
    }
    setPending(false);
    if (passwordRef.current) {
      passwordRef.current.value = "";
      passwordRef.current.focus();
    }
  }

  return (
    <div className="space-y-6">
      <FormError message={error ? t(`errors.${error.key}`, error.values) : null} />
      {/* POST even without JS: a password must never end up in a URL, a log or the history. */}
      <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} noValidate className="space-y-4">
        <TextField
          name="email"
          type="email"
          label={t("email")}
          autoComplete="username"
          required
          error={fieldErrors.email}
        />
        <TextField
          ref={passwordRef}
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          required
          error={fieldErrors.password}
        />
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {oidcName ? (
        <div className="border-t border-slate-300 pt-6">
          <Button
            variant="secondary"
            className="w-full"
            disabled={pending}
            onClick={() => {
              setPending(true);
              void signIn("oidc", { callbackUrl: target });
            }}
          >
            {t("oidc", { name: oidcName })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
