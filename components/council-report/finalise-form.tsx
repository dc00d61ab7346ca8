"use client";

import { useTranslations } from "next-intl";
import { finaliseAction } from "@/app/reports/council/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";

/** The one irreversible step, after the check-your-answers list. */
export function FinaliseForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("councilReport.finalise");
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(finaliseAction);
  const refused = state && !state.ok ? state : null;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {refused ? <FormError message={refused.message} /> : null}
      <Button type="submit" disabled={pending}>
        {pending ? t("finalising") : t("submit")}
      </Button>
    </form>
  );
}
