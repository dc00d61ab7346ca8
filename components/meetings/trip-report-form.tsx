"use client";

import { useTranslations } from "next-intl";
import { RegistryForm } from "@/components/ui/registry-form";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/components/ui/use-action-form";

/** Files (or, with `initial`, changes) the report of one person's foreign work trip: its own small save. */
export function TripReportForm({
  action,
  attendanceId,
  version,
  personName,
  today,
  initial,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  attendanceId: string;
  version: number;
  personName: string;
  today: string;
  initial?: { tripReport: string; tripReportFiledOn: string };
}) {
  const t = useTranslations("meetings.report");
  const tr = useTranslations("tripReports");
  return (
    <RegistryForm
      action={action}
      hidden={{ attendanceId, version }}
      submitLabel={initial ? tr("saveChange") : t("submit", { name: personName })}
    >
      {(field) => (
        <>
          <TextArea
            {...field("tripReport", initial?.tripReport)}
            id={`report-${attendanceId}`}
            label={t("text", { name: personName })}
            rows={initial ? 10 : 4}
            required
          />
          <TextField
            {...field("tripReportFiledOn", initial?.tripReportFiledOn ?? today)}
            id={`report-${attendanceId}-date`}
            type="date"
            label={t("filedOn")}
            required
          />
        </>
      )}
    </RegistryForm>
  );
}
