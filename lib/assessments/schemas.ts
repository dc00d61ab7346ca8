import { DIMENSION_MAX, DIMENSION_MIN, REFORM_PROGRESS, SCORE_MAX, SCORE_MIN } from "@/lib/enums";
import { blankToNull, dateField, optionalText, uuidField, versionField, z } from "@/lib/validation";
import { ENGAGEMENT_LEVELS, RECOMMENDATIONS } from "@/lib/enums";
import { decisionRef } from "@/lib/council-decisions/schemas";
import { INDEX_A, INDEX_B, MAX_REFORM_ASKS, RATIONALE_REQUIRED } from "./scorecard";

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

/** One scorecard criterion on the 1..4 scale; empty means "not scored". */
const score = z.preprocess(
  blankToNull,
  z.coerce
    .number({ error: `Vyberte stupeň ${SCORE_MIN} až ${SCORE_MAX}.` })
    .int(`Vyberte stupeň ${SCORE_MIN} až ${SCORE_MAX}.`)
    .min(SCORE_MIN, `Vyberte stupeň ${SCORE_MIN} až ${SCORE_MAX}.`)
    .max(SCORE_MAX, `Vyberte stupeň ${SCORE_MIN} až ${SCORE_MAX}.`)
    .nullable(),
);

const progress = z.preprocess(
  (v) => blankToNull(v) ?? "none",
  z.enum(REFORM_PROGRESS, { error: "Vyberte pokrok ze seznamu." }),
);

/** The form's reform-ask rows as flat fields (reformText0, reformProgress0, …). */
const reformFields = Object.fromEntries(
  Array.from({ length: MAX_REFORM_ASKS }, (_, i) => [
    [`reformText${i}`, optionalText(1000)],
    [`reformProgress${i}`, progress],
  ]).flat(),
) as Record<`reformText${number}`, ReturnType<typeof optionalText>> & Record<`reformProgress${number}`, typeof progress>;

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
  /** The council's resolution to leave, once a "withdraw" recommendation has led to one. */
  decisionId: decisionRef(),
  assessedOn: dateField("Zadejte datum hodnocení."),
  aCapitals: score,
  aCooperation: score,
  aPromotion: score,
  justificationA: optionalText(5000),
  bTransparency: score,
  bCost: score,
  bResults: score,
  bPartnership: score,
  justificationB: optionalText(5000),
  ...reformFields,
});

type Fields = z.output<typeof assessmentFields>;

/** Rules across fields, each reported at the field to fix, in Czech. */
function checkScorecard(v: Fields, ctx: z.RefinementCtx) {
  if (v.level !== "not_assessed" && v.recommendation === null) {
    ctx.addIssue({ code: "custom", message: "U hodnocené úrovně vyberte doporučení.", path: ["recommendation"] });
  }
  if ((RATIONALE_REQUIRED as readonly string[]).includes(v.recommendation ?? "") && !v.rationale) {
    ctx.addIssue({
      code: "custom",
      message: "U doporučení „přezkoumat“ a „vystoupit“ napište zdůvodnění.",
      path: ["rationale"],
    });
  }
  if (v.decisionId !== null && v.recommendation !== "withdraw") {
    ctx.addIssue({
      code: "custom",
      message: "Usnesení o vystoupení se uvádí jen u doporučení „vystoupit“.",
      path: ["decisionId"],
    });
  }
  if (INDEX_A.some((c) => v[c] !== null) && !v.justificationA) {
    ctx.addIssue({ code: "custom", message: "Zdůvodněte index A: ohodnotili jste některé jeho kritérium.", path: ["justificationA"] });
  }
  if (INDEX_B.some((c) => v[c] !== null) && !v.justificationB) {
    ctx.addIssue({ code: "custom", message: "Zdůvodněte index B: ohodnotili jste některé jeho kritérium.", path: ["justificationB"] });
  }
}

/** The reform asks the form filled in, in order; empty rows dropped. */
export function reformAsksOf(v: Record<string, unknown>): { text: string; progress: "none" | "some" | "significant" }[] {
  return Array.from({ length: MAX_REFORM_ASKS }, (_, i) => ({
    text: v[`reformText${i}`] as string | null,
    progress: v[`reformProgress${i}`] as "none" | "some" | "significant",
  })).flatMap((a) => (a.text ? [{ text: a.text, progress: a.progress }] : []));
}

/** The assessment's own columns, without the reform-ask rows. */
export function assessmentColumnsOf<T extends Record<string, unknown>>(v: T) {
  return Object.fromEntries(Object.entries(v).filter(([k]) => !/^reform(Text|Progress)\d+$/.test(k)));
}

const year = z.coerce
  .number({ error: "Zadejte rok, např. 2026." })
  .int("Zadejte rok, např. 2026.")
  .min(MIN_YEAR, `Rok nejdříve ${MIN_YEAR}.`)
  .max(2200, "Rok nejvýše 2200.");

/** A judged membership needs a recommendation; "not assessed" may go without one. */
export const createAssessmentSchema = assessmentFields.extend({ organisationId: uuidField(), year }).superRefine(checkScorecard);

/** Organisation and year are the assessment's identity: an edit changes the judgement only. */
export const updateAssessmentSchema = assessmentFields
  .extend({ id: uuidField(), version: versionField() })
  .superRefine(checkScorecard);

/** A second manager's decision on a draft: approve, or return with a comment. */
export const reviewAssessmentSchema = z
  .object({
    id: uuidField(),
    version: versionField(),
    decision: z.enum(["approve", "return"], { error: "Vyberte, zda hodnocení schválit, nebo vrátit." }),
    comment: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "return" && !v.comment) {
      ctx.addIssue({ code: "custom", message: "Při vrácení napište komentář: co je třeba změnit.", path: ["comment"] });
    }
  });

export type CreateAssessmentInput = z.input<typeof createAssessmentSchema>;
