import { DIMENSION_MAX, DIMENSION_MIN } from "@/lib/enums";
import { blankToNull, dateField, optionalText, uuidField, versionField, z } from "@/lib/validation";
import { ENGAGEMENT_LEVELS, RECOMMENDATIONS } from "@/lib/enums";

/** Years an assessment can be written for: the registry's history and next year, no further. */
export const MIN_YEAR = 1990;
export const maxAssessmentYear = (today: string) => Number(today.slice(0, 4)) + 1;

/** One dimension on the 0..3 scale; empty means "not judged". */
const dimension = z.preprocess(
  blankToNull,
  z.coerce
    .number({ error: `Zadejte celé číslo od ${DIMENSION_MIN} do ${DIMENSION_MAX}.` })
    .int(`Zadejte celé číslo od ${DIMENSION_MIN} do ${DIMENSION_MAX}.`)
    .min(DIMENSION_MIN, `Nejméně ${DIMENSION_MIN}.`)
    .max(DIMENSION_MAX, `Nejvýše ${DIMENSION_MAX}.`)
    .nullable(),
);

const recommendation = z.preprocess(
  blankToNull,
  z.enum(RECOMMENDATIONS, { error: "Vyberte doporučení ze seznamu." }).nullable(),
);

const assessmentFields = z.object({
  level: z.enum(ENGAGEMENT_LEVELS, { error: "Vyberte úroveň zapojení." }),
  activity: dimension,
  continuity: dimension,
  benefit: dimension,
  recommendation,
  rationale: optionalText(5000),
  assessedOn: dateField("Zadejte datum hodnocení."),
});

const year = z.coerce
  .number({ error: "Zadejte rok, např. 2026." })
  .int("Zadejte rok, např. 2026.")
  .min(MIN_YEAR, `Rok nejdříve ${MIN_YEAR}.`)
  .max(2200, "Rok nejvýše 2200.");

/** A judged membership needs a recommendation; "not assessed" may go without one. */
const recommendationRequired = <T extends { level: string; recommendation: string | null }>(v: T) =>
  v.level === "not_assessed" || v.recommendation !== null;
const recommendationIssue = { message: "U hodnocené úrovně vyberte doporučení.", path: ["recommendation"] };

export const createAssessmentSchema = assessmentFields
  .extend({ organisationId: uuidField(), year })
  .refine(recommendationRequired, recommendationIssue);

/** Organisation and year are the assessment's identity: an edit changes the judgement only. */
export const updateAssessmentSchema = assessmentFields
  .extend({ id: uuidField(), version: versionField() })
  .refine(recommendationRequired, recommendationIssue);

export type CreateAssessmentInput = z.input<typeof createAssessmentSchema>;
