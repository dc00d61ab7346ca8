"use client";

import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/app/admin/users/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { StatusMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function PasswordResetForm({ userId, passwordMinLength }: { userId: string; passwordMinLength: number }) {
  const t = useTranslations();
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(resetPasswordAction);
  const refused = state && !state.ok ? state : null;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(e) => {
        onSubmit(e);
        // The new password is not kept on screen once it has been sent.
        e.currentTarget.reset();
      }}
      noValidate
      className="max-w-xl space-y-5"
      aria-labelledby="reset-password-heading"
    >
      <h2 id="reset-password-heading" className="text-xl font-bold text-slate-900">
        {t("users.resetTitle")}
      </h2>
      <p className="text-slate-800">{t("users.resetIntro")}</p>
      <input type="hidden" name="id" value={userId} />
      <ErrorSummary refusal={refused} />
      <StatusMessage message={state?.ok ? state.message : null} />
      <TextField
        id="reset-password"
        name="password"
        type="password"
        label={t("users.fields.newPassword")}
        hint={t("users.fields.passwordHint", { min: passwordMinLength })}
        required
        autoComplete="new-password"
        minLength={passwordMinLength}
        error={refused?.fieldErrors?.password}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("users.resetSubmit")}
      </Button>
    </form>
  );
}
