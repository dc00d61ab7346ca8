import { emailField, optionalDate, optionalText, optionalUuid, requiredText, uuidField, versionField, z } from "@/lib/validation";

/** Blank e-mail means none: a person need not have one (GDPR: only what the job needs). */
const optionalEmail = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  emailField().optional(),
).transform((v) => v ?? null);

/** Digits, spaces and the usual phone punctuation; nothing else is a phone number. */
const optionalPhone = optionalText(40).refine(
  (v) => v === null || /^\+?[0-9 ()/-]{6,}$/.test(v),
  "Zadejte telefon, např. +420 236 000 000.",
);

const departmentCode = requiredText(20, "Zadejte zkratku odboru.").refine(
  (v) => /^[A-Za-zÁ-Žá-ž0-9-]+$/.test(v),
  "Kód je jedno slovo z písmen a číslic, např. DOP.",
);

export const departmentFields = z.object({
  code: departmentCode,
  name: requiredText(200, "Zadejte název odboru."),
});
export const createDepartmentSchema = departmentFields;
export const updateDepartmentSchema = departmentFields.extend({
  id: uuidField(),
  version: versionField(),
  abolishedOn: optionalDate("Zadejte platné datum zrušení, nebo pole nechte prázdné."),
});

export const personFields = z.object({
  title: optionalText(40),
  firstName: requiredText(100, "Zadejte jméno."),
  lastName: requiredText(100, "Zadejte příjmení."),
  email: optionalEmail,
  phone: optionalPhone,
  departmentId: optionalUuid(),
});
export const createPersonSchema = personFields;
export const updatePersonSchema = personFields.extend({
  id: uuidField(),
  version: versionField(),
  leftOn: optionalDate("Zadejte platné datum odchodu, nebo pole nechte prázdné."),
});

export const anonymisePersonSchema = z.object({
  id: uuidField(),
  version: versionField(),
  /** The coordinator types the confirmation: anonymisation cannot be undone. */
  confirm: z.literal("on", { error: "Potvrďte, že chcete osobní údaje nevratně odstranit." }),
  reason: requiredText(500, "Uveďte důvod anonymizace."),
});

/** What replaces the name of an anonymised person everywhere it is shown. */
export const ANONYMISED_FIRST_NAME = "Anonymizovaná";
export const ANONYMISED_LAST_NAME = "osoba";
