"use client";

import { useTranslations } from "next-intl";
import { RegistryForm } from "@/components/ui/registry-form";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/components/ui/use-action-form";

/** Files the report of one person's foreign work trip: its own small save. */
export function TripReportForm({
  action,
  attendanceId,
  version,
  personName,
  today,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  attendanceId: string;
  version: number;
  personName: string;
  today: string;
}) {
  const t = useTranslations("meetings.report");
  return (
    <RegistryForm action={action} hidden={{ attendanceId, version }} submitLabel={t("submit", { name: personName })}>
      {(field) => (
        <>
          <TextArea {...field("tripReport")} id={`report-${attendanceId}`} label={t("text", { name: personName })} rows={4} required />
          <TextField {...field("tripReportFiledOn", today)} id={`report-${attendanceId}-date`} type="date" label={t("filedOn")} required />
        </>
      )}
    </RegistryForm>
  );
}
