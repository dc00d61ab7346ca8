import type { EngagementAssessment } from "@/db/schema/assessments";

/**
 * The scorecard: two indices, each the mean of its criteria on a 1–4 scale. Every score has a
 * written descriptor (messages `scorecard.criteria.<criterion>.<score>`), shown beside the
 * choice, so that two assessors mean the same thing by "3".
 *
 * Index A, "přínos pro cíle města": the aims the source text gives the city's memberships
 * (relations with other capitals; cultural, political and economic cooperation; promotion of
 * the city abroad). Index B, "výkonnost organizace": how the organisation itself performs
 * (transparency, cost consciousness, results for its members, partnership).
 */
export const INDEX_A = ["aCapitals", "aCooperation", "aPromotion"] as const;
export const INDEX_B = ["bTransparency", "bCost", "bResults", "bPartnership"] as const;
export const CRITERIA = [...INDEX_A, ...INDEX_B] as const;
export type Criterion = (typeof CRITERIA)[number];
export const SCORES = [1, 2, 3, 4] as const;

/** The recommendations that must say why. */
export const RATIONALE_REQUIRED = ["review", "withdraw"] as const;

/** Up to this many reform asks per assessment. */
export const MAX_REFORM_ASKS = 8;

type Scores = Partial<Pick<EngagementAssessment, Criterion>>;

/**
 * An index: the mean of its criteria to two decimals, as text ("2.67"); null unless every one
 * of its criteria is scored (a partial index would not compare with another organisation's).
 */
export function indexOf(scores: Scores, criteria: readonly Criterion[]): string | null {
  const values = criteria.map((c) => scores[c]);
  if (values.some((v) => v === null || v === undefined)) return null;
  const sum = (values as number[]).reduce((a, b) => a + b, 0);
  // Integer arithmetic in hundredths, rounded half up: no float noise in what is shown.
  const hundredths = Math.round((sum * 100) / criteria.length);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

export const indexA = (s: Scores) => indexOf(s, INDEX_A);
export const indexB = (s: Scores) => indexOf(s, INDEX_B);
