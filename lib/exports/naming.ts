import type { IsoDate } from "@/lib/dates";

/**
 * What one export holds, in words: the "as of" day and every filter. The file name and the XLSX
 * cover sheet both say it, so a file that left the screen still tells what it is.
 */
export type ExportScope = {
  /** The export's kind ("organisations", ..., "record"). */
  kind: string;
  date: IsoDate;
  /** Transaction time: the registry as recorded at the end of this day (audit trail replayed). */
  recordedOn?: IsoDate;
  /** Each filter as "label: value", already worded (Czech: export files are Czech documents). */
  filters: readonly string[];
  /** Whether it comes from a list page (its rows are exactly the list's). */
  fromList: boolean;
};

/** ASCII, lower case, hyphens: safe in a Content-Disposition header and on every file system. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** File names stay readable and under the common 255-byte limit. */
const MAX_BASE = 180;

/**
 * `organisations-k-2003-12-31.csv`, `fees-k-2026-12-01-rok-2025.xlsx`,
 * `meetings-vyber-k-2026-12-01-organizace-polis-druh-konference.xlsx`, `registr-k-2003-12-31.xlsx`;
 * as recorded on a day: `registr-k-2003-12-31-evidence-ke-dni-2026-12-04.xlsx`.
 */
export function exportFileName(scope: ExportScope, format: "csv" | "xlsx"): string {
  const head = scope.kind === "record" ? "registr" : scope.fromList ? `${scope.kind}-vyber` : scope.kind;
  const parts = [
    `${head}-k-${scope.date}`,
    ...(scope.recordedOn ? [`evidence-ke-dni-${scope.recordedOn}`] : []),
    ...scope.filters.map(slug).filter(Boolean),
  ];
  let base = parts.join("-");
  if (base.length > MAX_BASE) base = base.slice(0, MAX_BASE).replace(/-+$/, "");
  return `${base}.${format}`;
}
