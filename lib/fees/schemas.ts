import { moneyField, optionalDate, optionalMoney, optionalText, uuidField, versionField, z } from "@/lib/validation";
import { CURRENCY_MESSAGE, isKnownCurrency } from "./money";
import { FEE_STATUSES } from "@/lib/enums";
import { decisionRef } from "@/lib/council-decisions/schemas";

export const currencyField = () =>
  z
    .string({ error: "Zadejte kód měny, např. EUR." })
    .trim()
    .toUpperCase()
    .min(1, "Zadejte kód měny, např. EUR.")
    .refine((v) => /^[A-Z]{3}$/.test(v) && isKnownCurrency(v), CURRENCY_MESSAGE);

export const yearField = () =>
  z.coerce
    .number({ error: "Zadejte rok, např. 2026." })
    .int("Zadejte rok celým číslem, např. 2026.")
    .min(1900, "Rok musí být mezi 1900 a 2200.")
    .max(2200, "Rok musí být mezi 1900 a 2200.");

export const PAID_DATE_BEFORE_INVOICE = "Datum zaplacení nesmí předcházet datu vystavení faktury.";
export const PAID_NEEDS_DATE = "Zaplacený poplatek musí mít datum zaplacení.";
export const PAID_NEEDS_CZK = "Zaplacený poplatek musí mít částku zaplacenou v Kč (podle účetnictví).";

const feeFields = z.object({
  year: yearField(),
  amount: moneyField(),
  currency: currencyField(),
  amountCzk: optionalMoney(),
  status: z.enum(FEE_STATUSES, { error: "Vyberte stav poplatku." }),
  dueOn: optionalDate(),
  invoicedOn: optionalDate(),
  paidOn: optionalDate(),
  invoiceNumber: optionalText(100),
  budgetItem: optionalText(200),
  note: optionalText(2000),
  /** The council decision behind a change of the fee, from the register. */
  decisionId: decisionRef(),
});

type FeeFields = z.output<typeof feeFields>;

/** Rules across fields; the database checks the same (fees_paid_check, fees_paid_after_invoice_check). */
function crossFieldRules(v: FeeFields, ctx: z.RefinementCtx) {
  if (v.status === "paid") {
    if (!v.paidOn) ctx.addIssue({ code: "custom", path: ["paidOn"], message: PAID_NEEDS_DATE });
    if (!v.amountCzk) ctx.addIssue({ code: "custom", path: ["amountCzk"], message: PAID_NEEDS_CZK });
  }
  if (v.paidOn && v.invoicedOn && v.paidOn < v.invoicedOn) {
    ctx.addIssue({ code: "custom", path: ["paidOn"], message: PAID_DATE_BEFORE_INVOICE });
  }
}

/** Fee columns no form sets: keys and bookkeeping the server owns (the seed's demo flag too). */
export const FEE_FIELDS_NOT_IN_FORM = ["id", "version", "createdAt", "updatedAt", "demo"] as const;

export const createFeeSchema = feeFields
  .extend({ organisationId: uuidField("Vyberte organizaci.") })
  .superRefine(crossFieldRules);

export const updateFeeSchema = feeFields
  .extend({
    id: uuidField(),
    version: versionField(),
    /** Why a status goes back (e.g. paid → planned); required then, kept in the audit event. */
    correctionNote: optionalText(1000),
  })
  .superRefine(crossFieldRules);

export const planNextYearSchema = z.object({ year: yearField() });

export type CreateFeeInput = z.input<typeof createFeeSchema>;
export type UpdateFeeInput = z.input<typeof updateFeeSchema>;
