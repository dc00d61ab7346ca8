import { z } from "zod";
import { cs } from "zod/v4/locales";
import { isIsoDate } from "./dates";
import type { FieldErrors } from "./errors";
import { MONEY_MESSAGES, parseMoney, type MoneyOptions } from "./money";

// Czech messages for every zod error that a schema does not word itself.
z.config(cs());
// No compiled parsers: zod's probe for them (`new Function`) is reported as a violation of the
// app's Content-Security-Policy (no 'unsafe-eval') wherever a form's module builds a schema.
z.config({ jitless: true });

/** Field errors keyed by the field's path ("email", "attendees.2.personId"); "_form" for the whole. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Text the database can store. Postgres refuses U+0000 in text and jsonb, so a NUL byte would
 * only fail at the query (a 500): every text input, form or URL, is checked with this first.
 */
export const isStorableText = (value: string) => !value.includes("\u0000");
export const NUL_MESSAGE = "Text obsahuje nepovolený znak (NUL). Odstraňte ho prosím.";

/** THE text refinement: any string a user sends, before anything else looks at it. */
export const storableText = (message = NUL_MESSAGE) => z.string().refine(isStorableText, message);

export const DATE_MESSAGE = "Zadejte platné datum (rok 1 až 9999).";

/** THE date refinement: a real calendar day ('YYYY-MM-DD') that Postgres and our date arithmetic take. */
export const isoDate = (message = DATE_MESSAGE) => z.string({ error: message }).trim().refine(isIsoDate, message);

/** A list's text filter in the URL: forgiving like the rest of the URL (unusable → no filter). */
export const urlText = (max = 100) => storableText().trim().max(max).optional().catch(undefined);

/** A list's date in the URL: forgiving (unusable → the default day). */
export const urlDate = () => isoDate().optional().catch(undefined);

/** Czech "N characters" with the plural the number needs. */
const characters = (n: number) => `${new Intl.NumberFormat("cs-CZ").format(n)} ${n === 1 ? "znak" : n >= 2 && n <= 4 ? "znaky" : "znaků"}`;

/** The over-length message: the limit and how much was entered, so the user knows how much to cut. */
export const tooLong = (max: number) => ({
  error: (issue: { input?: unknown }) =>
    typeof issue.input === "string"
      ? `Text je příliš dlouhý: nejvýše ${characters(max)}, zadáno ${characters(issue.input.length)}.`
      : `Nejvýše ${characters(max)}.`,
});

/** A form's empty (or all-space) input means "no value". */
export const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
/** For zod's preprocess: "no value" as undefined (optional fields) or as null (nullable ones). */
export const blankToUndefined = (v: unknown) => (isBlank(v) ? undefined : v);
export const blankToNull = (v: unknown) => (isBlank(v) ? null : v);

/** Required, trimmed text; `message` says what to enter ("Zadejte název jednání"), not "fill in". */
export const requiredText = (max = 500, message = "Vyplňte prosím toto pole.") =>
  z
    .string({ error: message })
    .refine(isStorableText, NUL_MESSAGE)
    .trim()
    .min(1, message)
    .max(max, tooLong(max));

/** Optional text: empty becomes null. */
export const optionalText = (max = 2000) =>
  z.preprocess(blankToUndefined, storableText().trim().max(max, tooLong(max)).optional()).transform(
    (v) => v ?? null,
  );

export const emailField = () =>
  z
    .string({ error: "Vyplňte e-mail." })
    .trim()
    .toLowerCase()
    .pipe(z.email("Zadejte platný e-mail, např. jana.novakova@praha.eu."));

export const uuidField = (message = "Vyberte prosím položku ze seznamu.") =>
  z.uuid({ error: message });

export const optionalUuid = () => z.preprocess(blankToUndefined, z.uuid().optional()).transform((v) => v ?? null);

/** The row version a form was loaded with (hidden field). */
export const versionField = () =>
  z.coerce.number({ error: "Chybí verze záznamu. Načtěte stránku znovu." }).int().positive();

/** A checkbox: present ("on", "true") is true, absent is false. */
export const checkbox = () =>
  z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Turns FormData into a plain object for zod; repeated names become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    if (typeof value !== "string") continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

export { z };

/** A calendar date from <input type="date"> ('YYYY-MM-DD'); kept as the string. */
export const dateField = (message = DATE_MESSAGE) => isoDate(message);

export const optionalDate = (message = DATE_MESSAGE) =>
  z.preprocess(blankToUndefined, isoDate(message).optional()).transform((v) => v ?? null);

/** A required amount (lib/money.ts), as the canonical decimal string; never a JS number. */
export const moneyField = (options: MoneyOptions = {}) =>
  z.string({ error: MONEY_MESSAGES.required }).transform((v, ctx) => {
    const parsed = parseMoney(v, options);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    return parsed.value;
  });

/** An optional amount: empty (or absent) is null. */
export const optionalMoney = (options: MoneyOptions = {}) =>
  z.preprocess(blankToUndefined, moneyField(options).optional()).transform((v) => v ?? null);
