"use client";

import { useTranslations } from "next-intl";
import { issueSetPasswordLinkAction } from "@/app/admin/users/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/ui/use-action-form";
import { SetPasswordLinkPanel } from "./set-password-link";

/** "Vytvořit nový odkaz" on a user's page: a fresh one-time link; the earlier ones stop working. */
export function SetPasswordLinkForm({ userId }: { userId: string }) {
  const t = useTranslations("users.link");
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(issueSetPasswordLinkAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5" aria-labelledby="set-password-link-form-heading">
      <h2 id="set-password-link-form-heading" className="text-xl font-bold text-slate-900">{t("newTitle")}</h2>
      <p className="text-slate-800">{t("newIntro")}</p>
      <input type="hidden" name="id" value={userId} />
      <ErrorSummary refusal={state && !state.ok ? state : null} />
      {state?.ok && state.setPasswordLink ? <SetPasswordLinkPanel link={state.setPasswordLink} fresh={false} /> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("newSubmit")}
      </Button>
    </form>
  );
}
