import { COUNCIL_BODIES } from "@/lib/enums";
import { dateField, requiredText, storableText, tooLong, uuidField, versionField, z } from "@/lib/validation";

/** "usnesení č. 1234", "č. 1234" and "1234" are the same number: the register keeps "1234". */
const decisionNumber = requiredText(60, "Zadejte číslo usnesení, např. 1234.")
  .transform((v) => v.replace(/^(usnesení\s*)?(č\.\s*)?/i, "").trim())
  .refine((v) => v.length > 0, "Zadejte číslo usnesení, např. 1234.");

/** Optional link to the city's archive of resolutions; http(s) only (the database checks it too). */
const archiveUrl = z
  .preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.union([z.literal(""), storableText().max(1000, tooLong(1000))]).optional(),
  )
  .transform((v) => (v ? v : null))
  .refine(
    (v) => v === null || (/^https?:\/\//i.test(v) && URL.canParse(v)),
    "Zadejte celou webovou adresu usnesení začínající https://, nebo pole nechte prázdné.",
  );

export const councilDecisionFields = z.object({
  body: z.enum(COUNCIL_BODIES, { error: "Vyberte, kdo usnesení přijal (Rada, nebo Zastupitelstvo HMP)." }),
  number: decisionNumber,
  decidedOn: dateField("Zadejte datum přijetí usnesení."),
  title: requiredText(500, "Zadejte název (předmět) usnesení."),
  url: archiveUrl,
});

export const createCouncilDecisionSchema = councilDecisionFields;
export const updateCouncilDecisionSchema = councilDecisionFields.extend({ id: uuidField(), version: versionField() });

export const DECISION_NOT_FOUND = "Vyberte usnesení ze seznamu (registr usnesení).";

/** A form's choice of a decision to cite: blank for none. */
export const decisionRef = () =>
  z
    .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.uuid({ error: DECISION_NOT_FOUND }).optional())
    .transform((v) => v ?? null);
