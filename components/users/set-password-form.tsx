"use client";

import { useTranslations } from "next-intl";
import { setPasswordAction } from "@/app/set-password/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

/** The public set-password form: the token rides along hidden; the password never comes back. */
export function SetPasswordForm({ token, email, passwordMinLength }: { token: string; email: string; passwordMinLength: number }) {
  const t = useTranslations("setPassword");
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(setPasswordAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-md space-y-5">
      <ErrorSummary refusal={state && !state.ok ? state : null} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: passwordMinLength })}
        required
        autoComplete="new-password"
        minLength={passwordMinLength}
        error={errors?.password}
      />
      <TextField
        name="passwordConfirm"
        type="password"
        label={t("passwordConfirm")}
        required
        autoComplete="new-password"
        error={errors?.passwordConfirm}
      />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
