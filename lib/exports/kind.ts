import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import type { IsoDate } from "@/lib/dates";
import type { Column, ExportColumnKey, ExportRow } from "./columns";
import type { CoverLine } from "./xlsx";
import type { Locale } from "@/lib/i18n/config";

/**
 * The contract between the export engine (this folder) and the areas: each area defines its
 * own kinds (`lib/<area>/export.ts`) from its own columns and SQL rules, and the registry
 * (`./kinds.ts`) lists them. Nothing here knows about a particular table.
 */

/** The filters an export takes; every kind reads the ones that make sense for it. */
export type ExportParams = {
  /** The record as of this day (status on it, periods begun by it, fees up to its year, ...). */
  date: IsoDate;
  /** Only this year (fees, meetings, assessments). */
  year?: number;
  /** Audit log: events from this day to `to` (inclusive, Prague time). */
  from?: IsoDate;
  to?: IsoDate;
  /**
   * From a list page (lib/exports/lists.ts): a subquery of the ids the list shows for its
   * filters. It replaces the kind's own "as of"/year cut, since the list has none besides its
   * filters. Which ids it holds, each kind says.
   */
  within?: SQL;
  /**
   * Transaction time: the rows as the registry recorded them at the end of this day, replayed
   * from the audit trail (lib/audit-log/recorded-sql.ts), rather than as they are now. The kinds
   * in RECORDED_KIND_IDS honour it; `date` still says which of those rows were true on which day.
   */
  recordedOn?: IsoDate;
  /** With `recordedOn`: replay to this instant (ISO 8601) instead of the day's end. */
  recordedAt?: string;
  /** The file's language: headers, enum labels, formats and the names of rows (lib/registry/display-name.ts). */
  locale: Locale;
};

export const EXPORT_KIND_IDS = [
  "organisations",
  "periods",
  "fees",
  "representations",
  "meetings",
  "assessments",
  "audit",
  "feePlan",
] as const;
export type ExportKindId = (typeof EXPORT_KIND_IDS)[number];

/** The kinds the full "record as of a date" holds, one sheet each, in this order. */
export const RECORD_KIND_IDS = ["organisations", "periods", "fees", "representations", "meetings", "assessments"] as const;

/** The kinds the audit trail can replay (whole rows in every event), and so the full record "as recorded on". */
export const RECORDED_KIND_IDS = ["organisations", "periods", "fees"] as const satisfies readonly ExportKindId[];

/**
 * One export kind: its columns and the SQL that yields them. The select list names every column
 * by its key and adds sort keys `_k0.._kN` (never null, the last one unique): the streaming
 * source orders by them, and on PGlite pages through them (keyset pagination).
 */
export type ExportKind = {
  id: ExportKindId;
  columns: readonly Column<ExportColumnKey>[];
  keyCount: number;
  select: (p: ExportParams) => SQL;
  /**
   * For a kind whose file is worded by code rather than SQL (the audit log reads like its
   * register view): the columns SQL yields (`source`), and how a batch of such rows becomes rows
   * of the chosen `columns`. Batch by batch, so the export still streams.
   */
  reshape?: {
    source: readonly Column[];
    rows: (db: Queryable, batch: readonly ExportRow[], columns: readonly Column[]) => Promise<ExportRow[]>;
  };
  /**
   * Lines of its own for the XLSX cover (e.g. the budget plan's year and rates). A kind with them
   * states its own rules, so the cover's general "as of" rules line is left out.
   */
  cover?: (db: Queryable, p: ExportParams) => Promise<CoverLine[]>;
};

export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/** `and <column> in (<the list's ids>)`, or nothing. */
export const inList = (column: string | SQL | AnyPgColumn, within: SQL | undefined) =>
  within ? sql` and ${typeof column === "string" ? sql.raw(column) : column} in (${within})` : sql``;
