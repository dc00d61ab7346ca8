"use client";

import { useTranslations } from "next-intl";
import { createFeeAction, updateFeeAction } from "@/app/fees/actions";
import { RegistryForm } from "@/components/ui/registry-form";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { fees } from "@/db/schema";
import { COMMON_CURRENCIES } from "@/lib/fees/money";
import { FEE_STATUSES } from "@/lib/enums";

type Fee = typeof fees.$inferSelect;

/** The stored decimal ("1234.50") as a Czech user would type it ("1234,50"): text only, no float. */
const asTyped = (value: string | null | undefined) => (value ? value.replace(".", ",") : value);

/**
 * Create (with `organisations` to choose from, or a fixed `organisationId`) or edit a fee.
 * Amounts are plain text inputs: the server parses "1 234,50" exactly; a number input would
 * refuse the Czech decimal comma in some browsers and hand the server a float-formatted value.
 */
export function FeeForm({
  fee,
  organisationId,
  organisations,
  year,
  decisions = [],
}: {
  fee?: Fee;
  organisationId?: string;
  organisations?: readonly SelectOption[];
  year?: number;
  /** Resolutions of the register of council decisions the fee may cite. */
  decisions?: readonly SelectOption[];
}) {
  const t = useTranslations("fees.form");
  const tc = useTranslations("councilDecisions");
  const te = useTranslations("enums.feeStatus");
  const statuses = FEE_STATUSES.map((v) => ({ value: v, label: te(v) }));
  const hidden: Record<string, string | number> | undefined = fee
    ? { id: fee.id, version: fee.version }
    : organisationId
      ? { organisationId }
      : undefined;
  return (
    <RegistryForm action={fee ? updateFeeAction : createFeeAction} hidden={hidden}>
      {(f) => (
        <>
          {!fee && !organisationId ? (
            <Select label={t("organisation")} required placeholder={t("choose")} options={organisations ?? []} {...f("organisationId")} />
          ) : null}
          <TextField label={t("year")} required inputMode="numeric" maxLength={4} {...f("year", fee?.year ?? year)} />
          <div className="grid gap-5 sm:grid-cols-[2fr_1fr]">
            <TextField label={t("amount")} hint={t("amountHint")} required inputMode="decimal" autoComplete="off" {...f("amount", asTyped(fee?.amount))} />
            <TextField
              label={t("currency")}
              hint={t("currencyHint")}
              required
              maxLength={3}
              list="fee-currencies"
              autoComplete="off"
              {...f("currency", fee?.currency ?? "EUR")}
            />
          </div>
          <datalist id="fee-currencies">
            {COMMON_CURRENCIES.map((c) => <option key={c} value={c} />)}
          </datalist>
          <Select label={t("status")} hint={t("statusHint")} required options={statuses} {...f("status", fee?.status ?? "planned")} />
          {fee ? <TextArea label={t("correctionNote")} hint={t("correctionNoteHint")} rows={2} {...f("correctionNote")} /> : null}
          <TextField label={t("dueOn")} type="date" {...f("dueOn", fee?.dueOn)} />
          <TextField label={t("invoiceNumber")} maxLength={100} {...f("invoiceNumber", fee?.invoiceNumber)} />
          <TextField label={t("invoicedOn")} type="date" {...f("invoicedOn", fee?.invoicedOn)} />
          <TextField label={t("paidOn")} type="date" {...f("paidOn", fee?.paidOn)} />
          <TextField label={t("amountCzk")} hint={t("amountCzkHint")} inputMode="decimal" autoComplete="off" {...f("amountCzk", asTyped(fee?.amountCzk))} />
          <TextField label={t("budgetItem")} maxLength={200} {...f("budgetItem", fee?.budgetItem)} />
          <Select label={t("decisionId")} hint={tc("citeHint")} placeholder={tc("none")} options={decisions} {...f("decisionId", fee?.decisionId)} />
          <TextArea label={t("note")} rows={3} {...f("note", fee?.note)} />
        </>
      )}
    </RegistryForm>
  );
}
