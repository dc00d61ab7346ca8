"use client";

import { useTranslations } from "next-intl";
import { saveDraftAction } from "@/app/reports/council/actions";
import { RegistryForm } from "@/components/ui/registry-form";
import { TextArea } from "@/components/ui/text-area";

export type DraftOrganisation = {
  id: string;
  heading: string;
  annualText: string;
  /** The sentences the report generates for it, shown beside the coordinator's text. */
  generated: string[];
};

/** The draft's texts: the introduction, then one text per organisation beside its generated sentences. */
export function DraftForm({
  id,
  version,
  year,
  introduction,
  organisations,
}: {
  id: string | null;
  version: number | null;
  year: number;
  introduction: string;
  organisations: DraftOrganisation[];
}) {
  const t = useTranslations("councilReport.draft");
  return (
    <RegistryForm
      action={saveDraftAction}
      hidden={{ year, ...(id ? { id, version: version ?? "" } : {}) }}
      submitLabel={t("save")}
    >
      {(field) => (
        <>
          <TextArea label={t("introduction")} hint={t("introductionHint")} rows={12} required {...field("introduction", introduction)} />
          <h2 className="pt-4 text-xl font-bold text-slate-900">{t("organisations")}</h2>
          {organisations.map((o) => (
            <section key={o.id} aria-labelledby={`org-${o.id}`} className="space-y-3 border-t border-slate-300 pt-4">
              <h3 id={`org-${o.id}`} className="text-lg font-semibold text-slate-900">{o.heading}</h3>
              <div className="rounded border border-slate-300 bg-slate-50 p-3">
                <p className="mb-1 text-sm font-semibold text-slate-800">{t("generated")}</p>
                <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
                  {o.generated.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
              </div>
              <TextArea
                label={t("annualText", { year, name: o.heading })}
                hint={t("annualHint")}
                rows={4}
                id={`annual-${o.id}`}
                {...field(`annual_${o.id}`, o.annualText)}
              />
            </section>
          ))}
        </>
      )}
    </RegistryForm>
  );
}
