"use client";

import { useTranslations } from "next-intl";
import { planNextYearAction } from "@/app/fees/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";

/** One button: next year's planned fees from this year's. A refusal says why, in the alert. */
export function PlanNextYearForm({ year }: { year: number }) {
  const t = useTranslations("fees.plan");
  const tc = useTranslations("common");
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(planNextYearAction);
  const refused = state && !state.ok ? state : null;
  const reason = refused?.fieldErrors?.year?.[0];
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="year" value={year} />
      <p className="max-w-3xl text-slate-800">{t("description", { year, next: year + 1 })}</p>
      {refused ? <FormError message={reason ?? refused.message} /> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? tc("saving") : t("submit", { next: year + 1 })}
      </Button>
    </form>
  );
}
