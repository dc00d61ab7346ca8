"use client";

import { useTranslations } from "next-intl";
import {
  createAssessmentAction,
  updateAssessmentAction,
} from "@/app/organizations/[id]/assessments/actions";
import { RegistryForm } from "@/components/ui/registry-form";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { EngagementAssessment, ReformAsk } from "@/db/schema/assessments";
import { DIMENSION_MAX, DIMENSION_MIN, ENGAGEMENT_LEVELS, RECOMMENDATIONS, REFORM_PROGRESS } from "@/lib/enums";
import { INDEX_A, INDEX_B, MAX_REFORM_ASKS, type Criterion } from "@/lib/assessments/scorecard";
import { CriterionField } from "./criterion-field";

const DIMENSIONS = ["activity", "continuity", "benefit"] as const;
const SCALE = Array.from({ length: DIMENSION_MAX - DIMENSION_MIN + 1 }, (_, i) => String(DIMENSION_MIN + i));

/** Writes (no `assessment`) or revises one organisation's assessment and scorecard for one year. */
export function AssessmentForm({
  organisationId,
  year,
  today,
  assessment,
  asks = [],
  decisions,
}: {
  organisationId: string;
  year: number;
  today: string;
  assessment?: EngagementAssessment | null;
  asks?: readonly Pick<ReformAsk, "text" | "progress">[];
  /** The register's resolutions: a "withdraw" recommendation may cite the council's decision to leave. */
  decisions: readonly SelectOption[];
}) {
  const tc = useTranslations("councilDecisions");
  const t = useTranslations("engagement.assessment");
  const ts = useTranslations("scorecard");
  const te = useTranslations("enums");
  const levels = ENGAGEMENT_LEVELS.map((v) => ({ value: v, label: te(`engagementLevel.${v}`) }));
  const recommendations = RECOMMENDATIONS.map((v) => ({ value: v, label: te(`recommendation.${v}`) }));
  const progress = REFORM_PROGRESS.map((v) => ({ value: v, label: ts(`progress.${v}`) }));
  const scale = SCALE.map((v) => ({ value: v, label: v }));
  // Existing asks and at least two empty rows to add more, up to the maximum.
  const askRows = Math.min(MAX_REFORM_ASKS, Math.max(3, asks.length + 2));
  const descriptors = (c: Criterion) => ({
    1: ts(`criteria.${c}.1`),
    2: ts(`criteria.${c}.2`),
    3: ts(`criteria.${c}.3`),
    4: ts(`criteria.${c}.4`),
  });
  return (
    <RegistryForm
      action={assessment ? updateAssessmentAction : createAssessmentAction}
      hidden={assessment ? { id: assessment.id, version: assessment.version } : { organisationId, year }}
    >
      {(f) => (
        <>
          <Select label={t("level")} required placeholder={t("choose")} options={levels} {...f("level", assessment?.level)} />
          <p className="text-slate-800">{ts("scaleHint")}</p>
          {(
            [
              ["A", INDEX_A, "justificationA"],
              ["B", INDEX_B, "justificationB"],
            ] as const
          ).map(([index, criteria, justification]) => (
            <fieldset key={index} className="space-y-3 rounded border-2 border-slate-400 p-3">
              <legend className="px-1 text-lg font-bold text-slate-900">{ts(`index${index}`)}</legend>
              <p className="text-sm text-slate-800">{ts(`index${index}Hint`)}</p>
              {criteria.map((c) => {
                const field = f(c, assessment?.[c]);
                return (
                  <CriterionField
                    key={c}
                    name={c}
                    label={ts(`criteria.${c}.label`)}
                    notScored={ts("notScored")}
                    descriptors={descriptors(c)}
                    defaultValue={field.defaultValue}
                    error={field.error}
                  />
                );
              })}
              <TextArea
                label={ts(`justification${index}`)}
                hint={ts("justificationRequired")}
                rows={4}
                maxLength={5000}
                {...f(justification, assessment?.[justification])}
              />
            </fieldset>
          ))}
          <fieldset className="space-y-3 rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold text-slate-900">{t("dimensionHint")}</legend>
            {/* One column: a select in a third of the form's width cut its longest option short. */}
            <div className="grid gap-3">
              {DIMENSIONS.map((d) => (
                <Select key={d} label={t(d)} placeholder={t("notJudged")} options={scale} {...f(d, assessment?.[d])} />
              ))}
            </div>
          </fieldset>
          <fieldset className="space-y-3 rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold text-slate-900">{ts("reformAsks")}</legend>
            <p className="text-sm text-slate-800">{ts("reformAsksHint")}</p>
            {Array.from({ length: askRows }, (_, i) => (
              <div key={i} className="grid gap-3 sm:grid-cols-[1fr_12rem]">
                <TextField label={ts("reformText", { n: i + 1 })} maxLength={1000} {...f(`reformText${i}`, asks[i]?.text)} />
                <Select label={ts("reformProgress", { n: i + 1 })} options={progress} {...f(`reformProgress${i}`, asks[i]?.progress ?? "none")} />
              </div>
            ))}
          </fieldset>
          <Select
            label={t("recommendation")}
            placeholder={t("noRecommendation")}
            options={recommendations}
            {...f("recommendation", assessment?.recommendation)}
          />
          <TextArea label={t("rationale")} hint={ts("rationaleRequired")} rows={5} maxLength={5000} {...f("rationale", assessment?.rationale)} />
          <Select label={t("decisionId")} hint={t("decisionIdHint")} placeholder={tc("none")} options={decisions} {...f("decisionId", assessment?.decisionId)} />
          <TextField label={t("assessedOn")} type="date" required {...f("assessedOn", assessment?.assessedOn ?? today)} />
        </>
      )}
    </RegistryForm>
  );
}
