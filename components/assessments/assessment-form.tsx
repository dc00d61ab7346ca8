"use client";

import { useTranslations } from "next-intl";
import {
  createAssessmentAction,
  updateAssessmentAction,
} from "@/app/organizations/[id]/assessments/actions";
import { RegistryForm } from "@/components/ui/registry-form";
import { Select } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { engagementAssessments } from "@/db/schema";
import { DIMENSION_MAX, DIMENSION_MIN } from "@/lib/enums";
import { ENGAGEMENT_LEVELS, RECOMMENDATIONS } from "@/lib/enums";

type Assessment = typeof engagementAssessments.$inferSelect;

const DIMENSIONS = ["activity", "continuity", "benefit"] as const;
const SCALE = Array.from({ length: DIMENSION_MAX - DIMENSION_MIN + 1 }, (_, i) => String(DIMENSION_MIN + i));

/** Writes (no `assessment`) or revises one organisation's assessment for one year. */
export function AssessmentForm({
  organisationId,
  year,
  today,
  assessment,
}: {
  organisationId: string;
  year: number;
  today: string;
  assessment?: Assessment | null;
}) {
  const t = useTranslations("engagement.assessment");
  const te = useTranslations("enums");
  const levels = ENGAGEMENT_LEVELS.map((v) => ({ value: v, label: te(`engagementLevel.${v}`) }));
  const recommendations = RECOMMENDATIONS.map((v) => ({ value: v, label: te(`recommendation.${v}`) }));
  const scale = SCALE.map((v) => ({ value: v, label: v }));
  return (
    <RegistryForm
      action={assessment ? updateAssessmentAction : createAssessmentAction}
      hidden={assessment ? { id: assessment.id, version: assessment.version } : { organisationId, year }}
    >
      {(f) => (
        <>
          <Select label={t("level")} required placeholder={t("choose")} options={levels} {...f("level", assessment?.level)} />
          <fieldset className="space-y-3 rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold text-slate-900">{t("dimensionHint")}</legend>
            <div className="grid gap-3 sm:grid-cols-3">
              {DIMENSIONS.map((d) => (
                <Select key={d} label={t(d)} placeholder={t("notJudged")} options={scale} {...f(d, assessment?.[d])} />
              ))}
            </div>
          </fieldset>
          <Select
            label={t("recommendation")}
            placeholder={t("noRecommendation")}
            options={recommendations}
            {...f("recommendation", assessment?.recommendation)}
          />
          <TextArea label={t("rationale")} rows={5} maxLength={5000} {...f("rationale", assessment?.rationale)} />
          <TextField label={t("assessedOn")} type="date" required {...f("assessedOn", assessment?.assessedOn ?? today)} />
        </>
      )}
    </RegistryForm>
  );
}
