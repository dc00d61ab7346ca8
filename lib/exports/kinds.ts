import { assessmentsExport } from "@/lib/assessments/export";
import { auditExport } from "@/lib/audit-log/export";
import { feesExport } from "@/lib/fees/export";
import { feePlanExport } from "@/lib/fees/plan-export";
import { meetingsExport } from "@/lib/meetings/export";
import { organisationsExport, periodsExport } from "@/lib/organisations/export";
import { representationsExport } from "@/lib/representation/export";
import { EXPORT_KIND_IDS, type ExportKind, type ExportKindId } from "./kind";

export { EXPORT_KIND_IDS, RECORD_KIND_IDS, type ExportKind, type ExportKindId, type ExportParams } from "./kind";

/** The registry of kinds: each is defined by its area, from the area's own columns and rules. */
export const EXPORT_KINDS: Record<ExportKindId, ExportKind> = {
  organisations: organisationsExport,
  periods: periodsExport,
  fees: feesExport,
  representations: representationsExport,
  meetings: meetingsExport,
  assessments: assessmentsExport,
  audit: auditExport,
  feePlan: feePlanExport,
};

export function isExportKind(value: string): value is ExportKindId {
  return (EXPORT_KIND_IDS as readonly string[]).includes(value);
}
