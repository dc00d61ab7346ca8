"use client";

import { useTranslations } from "next-intl";
import { reviewAssessmentAction } from "@/app/organizations/[id]/assessments/actions";
import { FieldError, fieldIds } from "@/components/ui/field";
import { RegistryForm } from "@/components/ui/registry-form";
import { TextArea } from "@/components/ui/text-area";

/** A second manager's decision on a draft: approve it, or return it to its author with a comment. */
export function ReviewForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("scorecard.review");
  return (
    <RegistryForm action={reviewAssessmentAction} hidden={{ id, version }} submitLabel={t("submit")}>
      {(f) => {
        const decision = f("decision", "approve");
        const ids = fieldIds({ name: "decision", error: decision.error });
        return (
          <>
            <fieldset aria-describedby={ids.errorId} className="space-y-2">
              <legend className="mb-1 font-semibold text-slate-900">{t("decision")}</legend>
              {(["approve", "return"] as const).map((value, i) => {
                const rid = i === 0 ? ids.id : `${ids.id}-${value}`;
                return (
                  <div key={value} className="flex items-center gap-3">
                    <input id={rid} type="radio" name="decision" value={value} defaultChecked={decision.defaultValue === value} className="size-5 accent-blue-800" />
                    <label htmlFor={rid} className="text-slate-900">{t(value)}</label>
                  </div>
                );
              })}
              <FieldError id={ids.errorId} message={ids.message} />
            </fieldset>
            <TextArea label={t("comment")} hint={t("commentHint")} rows={3} maxLength={2000} {...f("comment")} />
          </>
        );
      }}
    </RegistryForm>
  );
}
