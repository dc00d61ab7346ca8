"use client";

import { useTranslations } from "next-intl";
import { removePlanningRateAction, setPlanningRateAction } from "@/app/fees/plan/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-message";
import { RegistryForm } from "@/components/ui/registry-form";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export type PlanningRateFormValues = {
  currency: string;
  units: number;
  /** Decimal point, as stored; shown with a decimal comma in Czech. */
  rate: string;
  note: string | null;
  version: number;
};

/**
 * Sets (or, with `existing`, changes) the planning rate of one currency for the plan's year. A
 * change quotes the version it was loaded with, so a stale save is refused, never overwriting.
 */
export function PlanningRateForm({
  year,
  currencies,
  existing,
  decimalComma,
}: {
  year: number;
  /** Offered for a new rate (a select when there are any, else a text field). */
  currencies: string[];
  existing: PlanningRateFormValues | null;
  decimalComma: boolean;
}) {
  const t = useTranslations("fees.planPage");
  const rate = existing ? trimRate(existing.rate, decimalComma) : "";
  return (
    <RegistryForm
      action={setPlanningRateAction}
      hidden={{ year, version: existing?.version ?? "", ...(existing ? { currency: existing.currency } : {}) }}
      submitLabel={t("formSubmit")}
    >
      {(f) => (
        <>
          {existing ? null : currencies.length > 0 ? (
            <Select label={t("formCurrency")} required placeholder="—" options={currencies.map((c) => ({ value: c, label: c }))} className="max-w-40" {...f("currency")} />
          ) : (
            <TextField label={t("formCurrency")} hint={t("formCurrencyHint")} required maxLength={3} className="max-w-40" {...f("currency")} />
          )}
          <TextField label={t("formUnits")} hint={t("formUnitsHint")} inputMode="numeric" className="max-w-40" {...f("units", existing?.units ?? 1)} />
          <TextField label={t("formRate")} hint={t("formRateHint")} required inputMode="decimal" className="max-w-60" {...f("rate", rate)} />
          <TextField label={t("formNote")} hint={t("formNoteHint")} maxLength={500} {...f("note", existing?.note)} />
        </>
      )}
    </RegistryForm>
  );
}

/** "25.100000" → "25,1" (cs): the stored six places without the trailing zeros, as a person types it. */
function trimRate(rate: string, comma: boolean): string {
  const trimmed = rate.includes(".") ? rate.replace(/0+$/, "").replace(/\.$/, "") : rate;
  return comma ? trimmed.replace(".", ",") : trimmed;
}

/** One button: removes a planning rate (the plan goes back to the ČNB rate). A refusal says why. */
export function RemovePlanningRateForm({ id, version, currency }: { id: string; version: number; currency: string }) {
  const t = useTranslations("fees.planPage");
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(removePlanningRateAction);
  const refused = state && !state.ok ? state : null;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {refused ? <FormError message={refused.message ?? ""} /> : null}
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t("removeLabel", { currency })}>
        {t("remove")}
      </Button>
    </form>
  );
}
