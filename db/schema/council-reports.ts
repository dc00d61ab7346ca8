import { sql } from "drizzle-orm";
import { check, customType, index, integer, jsonb, pgTable, smallint, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { users } from "./users";

/** Raw bytes; node-postgres reads a Buffer, PGlite a Uint8Array: both arrive as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const COUNCIL_REPORT_STATUSES = ["draft", "final"] as const;
export const COUNCIL_REPORT_FORMATS = ["docx", "pdf", "html"] as const;
export type CouncilReportFormat = (typeof COUNCIL_REPORT_FORMATS)[number];

/**
 * The yearly report to the city council. A year has at most one draft (the texts the coordinator
 * writes before generating); finalising freezes the report's content and rendered files and
 * numbers it: the highest final number of a year is the valid one, earlier ones are superseded.
 */
export const councilReports = pgTable(
  "council_reports",
  {
    id: id(),
    year: smallint().notNull(),
    status: text({ enum: COUNCIL_REPORT_STATUSES }).notNull().default("draft"),
    /** 1, 2, … among the year's final reports; null for a draft. */
    finalNumber: integer(),
    introduction: text().notNull(),
    /** The coordinator's annual text per organisation id. */
    annualTexts: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** The report model as it was at finalisation (null for a draft): what the files were made from. */
    content: jsonb().$type<unknown>(),
    createdById: uuid().references(() => users.id, { onDelete: "restrict" }),
    finalisedById: uuid().references(() => users.id, { onDelete: "restrict" }),
    finalisedAt: timestamp({ withTimezone: true }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index("council_reports_year_idx").on(t.year),
    uniqueIndex("council_reports_one_draft_key").on(t.year).where(sql`${t.status} = 'draft'`),
    unique("council_reports_final_number_key").on(t.year, t.finalNumber),
    check("council_reports_year_check", sql`${t.year} between 1900 and 2200`),
    check("council_reports_status_check", sql`${t.status} in ('draft', 'final')`),
    check(
      "council_reports_final_check",
      sql`(${t.status} = 'final') = (${t.finalNumber} is not null and ${t.content} is not null and ${t.finalisedAt} is not null)`,
    ),
  ],
);

/** The rendered files of a final report, byte for byte as finalised, with their SHA-256. */
export const councilReportFiles = pgTable(
  "council_report_files",
  {
    id: id(),
    reportId: uuid()
      .notNull()
      .references(() => councilReports.id, { onDelete: "restrict" }),
    format: text({ enum: COUNCIL_REPORT_FORMATS }).notNull(),
    bytes: bytea().notNull(),
    /** Lower-case hex SHA-256 of `bytes`. */
    sha256: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("council_report_files_report_format_key").on(t.reportId, t.format),
    check("council_report_files_format_check", sql`${t.format} in ('docx', 'pdf', 'html')`),
    check("council_report_files_sha256_check", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

export type CouncilReport = typeof councilReports.$inferSelect;
export type CouncilReportFile = typeof councilReportFiles.$inferSelect;
