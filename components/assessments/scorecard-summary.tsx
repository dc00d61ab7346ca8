import { getTranslations } from "next-intl/server";
import type { AssessmentPage } from "@/lib/assessments/queries";
import { INDEX_A, INDEX_B, indexA, indexB } from "@/lib/assessments/scorecard";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { ClampedText } from "@/components/ui/clamped-text";

type Assessment = NonNullable<AssessmentPage["assessment"]>;

const REVIEW_STYLE = {
  // Words first; the border only repeats them (never colour alone).
  draft: "border-amber-700 bg-amber-50",
  returned: "border-red-800 bg-red-50",
  approved: "border-blue-800 bg-white",
} as const;

/** The review state of an assessment, in words. */
export async function ReviewStatus({ assessment: a, locale }: { assessment: Assessment; locale: Locale }) {
  const t = await getTranslations("scorecard.review");
  return (
    <div className={`rounded border-l-4 p-3 ${REVIEW_STYLE[a.review]}`} data-testid="review-status">
      <p className="font-semibold text-slate-900">{t("status")}: {t(a.review)}</p>
      {a.reviewerName && a.reviewedAt ? (
        <p className="text-slate-900">{t("reviewer")}: {a.reviewerName}, {formatDate(a.reviewedAt.toISOString().slice(0, 10), locale)}</p>
      ) : null}
      {a.reviewComment ? <p className="whitespace-pre-line text-slate-900">{t("comment")}: <span lang="cs">{a.reviewComment}</span></p> : null}
      {a.review !== "approved" ? <p className="text-sm text-slate-800">{t("draftNote")}</p> : null}
    </div>
  );
}

/** Both indices with each criterion's score and descriptor, the justifications and the reform asks. */
export async function ScorecardSummary({ assessment: a, asks }: { assessment: Assessment; asks: AssessmentPage["asks"] }) {
  const t = await getTranslations("scorecard");
  const groups = [
    ["A", INDEX_A, indexA(a), a.justificationA],
    ["B", INDEX_B, indexB(a), a.justificationB],
  ] as const;
  return (
    <div className="space-y-4">
      {groups.map(([key, criteria, value, justification]) => (
        <section key={key} aria-labelledby={`index-${key}`} className="rounded border border-slate-300 bg-white p-4">
          <h3 id={`index-${key}`} className="font-bold text-slate-900">
            {t(`index${key}`)}: <span data-testid={`index-${key}`}>{value ? t("indexValue", { value: value.replace(".", ",") }) : t("indexIncomplete")}</span>
          </h3>
          <dl className="mt-2 space-y-2">
            {criteria.map((c) => {
              const score = a[c];
              return (
                <div key={c}>
                  <dt className="font-semibold text-slate-900">{t(`criteria.${c}.label`)}: {score ?? "—"}</dt>
                  <dd className="text-sm text-slate-800">{score ? t(`criteria.${c}.${score as 1 | 2 | 3 | 4}`) : t("notScored")}</dd>
                </div>
              );
            })}
          </dl>
          <div className="mt-2 text-slate-900">
            <p className="font-semibold">{t(`justification${key}`)}:</p>
            <ClampedText text={justification ?? "—"} label={t(`justification${key}`)} />
          </div>
        </section>
      ))}
      <section aria-labelledby="reform-asks" className="rounded border border-slate-300 bg-white p-4">
        <h3 id="reform-asks" className="font-bold text-slate-900">{t("reformAsks")}</h3>
        {asks.length === 0 ? (
          <p>{t("noReformAsks")}</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6">
            {asks.map((ask, i) => (
              <li key={i}><span lang="cs">{ask.text}</span> — <span className="font-semibold">{t(`progress.${ask.progress}`)}</span></li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
