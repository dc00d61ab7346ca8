import { moneyField, optionalDate, optionalMoney, optionalText, uuidField, versionField, z } from "@/lib/validation";
import { parseCnbRate } from "@/lib/rates/cnb";
import { CURRENCY_MESSAGE, isKnownCurrency } from "./money";
import { FEE_STATUSES } from "@/lib/enums";

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

const blankNull = (v: unknown) => (v === "" || v === undefined || v === null ? null : v);

/** A rate typed by a person: "25,10", "25.10", "25 100,5"; up to 6 decimals, greater than zero. */
export const planningRateValue = () =>
  z.string({ error: "Zadejte kurz, např. 25,10." }).transform((raw, ctx) => {
    const text = raw.replace(/[\s\u00a0\u202f\u2009]/g, "");
    if (text === "") {
      ctx.addIssue({ code: "custom", message: "Zadejte kurz, např. 25,10." });
      return z.NEVER;
    }
    // Either separator is fine in a form; the ČNB parser then checks digits, places and size.
    const parsed = parseCnbRate(text, text.includes(".") && !text.includes(",") ? "en" : "cs");
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `${parsed.message.charAt(0).toUpperCase()}${parsed.message.slice(1)}.` });
      return z.NEVER;
    }
    return parsed.value;
  });

/**
 * A planning rate for one foreign currency in one plan year. `version` is the rate's when it is
 * being changed, absent for a first one (refused as stale if someone set one meanwhile).
 */
export const planningRateSchema = z.object({
  year: yearField(),
  currency: currencyField().refine((v) => v !== "CZK", "Koruna kurz nepotřebuje; zvolte cizí měnu, např. EUR."),
  units: z.preprocess(
    (v) => blankNull(v) ?? 1,
    z.coerce
      .number({ error: "Zadejte množství celým číslem, např. 1 nebo 100." })
      .int("Zadejte množství celým číslem, např. 1 nebo 100.")
      .min(1, "Množství musí být alespoň 1.")
      .max(1_000_000, "Množství je příliš velké (nejvýše 1 000 000)."),
  ),
  rate: planningRateValue(),
  note: optionalText(500),
  version: z.preprocess(blankNull, z.coerce.number().int().min(1).nullable()),
});

export const removePlanningRateSchema = z.object({ id: uuidField(), version: versionField() });
