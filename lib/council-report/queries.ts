import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { councilReportFiles, councilReports, users, type CouncilReportFormat } from "@/db/schema";
import { todayInPrague } from "@/lib/dates";
import { defineQuery } from "@/lib/queries";
import { reportFileName, type ReportStamp } from "./blocks";
import { buildReportModel, type ReportModel } from "./model";
import { renderReport } from "./render";
import { DEFAULT_INTRODUCTION } from "./wording";

/** The year a report is usually written for: the last full one. */
export const defaultReportYear = (today = todayInPrague()) => Number(today.slice(0, 4)) - 1;

export type FinalVersion = {
  id: string;
  finalNumber: number;
  finalisedAt: Date;
  finalisedBy: string | null;
  /** The newest final of the year is valid; every earlier one is superseded by it. */
  supersededBy: number | null;
  files: { format: CouncilReportFormat; sha256: string; size: number }[];
};

async function finalsOf(db: Db, year: number): Promise<FinalVersion[]> {
  const rows = await db
    .select({
      id: councilReports.id,
      finalNumber: councilReports.finalNumber,
      finalisedAt: councilReports.finalisedAt,
      finalisedBy: users.name,
    })
    .from(councilReports)
    .leftJoin(users, eq(users.id, councilReports.finalisedById))
    .where(and(eq(councilReports.year, year), eq(councilReports.status, "final")))
    .orderBy(desc(councilReports.finalNumber));
  const files = await db
    .select({
      reportId: councilReportFiles.reportId,
      format: councilReportFiles.format,
      sha256: councilReportFiles.sha256,
      size: sql<number>`octet_length(${councilReportFiles.bytes})::int`,
    })
    .from(councilReportFiles)
    .innerJoin(councilReports, eq(councilReports.id, councilReportFiles.reportId))
    .where(eq(councilReports.year, year))
    .orderBy(asc(councilReportFiles.format));
  const newest = rows[0]?.finalNumber ?? null;
  return rows.map((r) => ({
    id: r.id,
    finalNumber: r.finalNumber!,
    finalisedAt: r.finalisedAt!,
    finalisedBy: r.finalisedBy,
    supersededBy: r.finalNumber === newest ? null : newest,
    files: files.filter((f) => f.reportId === r.id).map((f) => ({ format: f.format, sha256: f.sha256, size: Number(f.size) })),
  }));
}

/** The year's final versions, newest first: readable by every role. */
export const getFinalVersions = defineQuery({
  name: "councilReport.finals",
  permission: "councilReport.read",
  run: (db, { year }: { year: number }) => finalsOf(db, year),
});

export type DraftState = {
  id: string | null;
  version: number | null;
  year: number;
  introduction: string;
  annualTexts: Record<string, string>;
  /** The report as it would be generated now from these texts. */
  model: ReportModel;
};

/**
 * The draft of a year as the coordinator edits it. Without a draft, the texts start from the
 * year's newest final version (a new version begins where the last one ended), else from the
 * defaults.
 */
export const getDraft = defineQuery({
  name: "councilReport.draft",
  permission: "councilReport.generate",
  run: async (db, { year }: { year: number }): Promise<DraftState> => {
    const [draft] = await db
      .select()
      .from(councilReports)
      .where(and(eq(councilReports.year, year), eq(councilReports.status, "draft")));
    const [lastFinal] = draft
      ? []
      : await db
          .select()
          .from(councilReports)
          .where(and(eq(councilReports.year, year), eq(councilReports.status, "final")))
          .orderBy(desc(councilReports.finalNumber))
          .limit(1);
    const source = draft ?? lastFinal;
    const introduction = source?.introduction ?? DEFAULT_INTRODUCTION;
    const annualTexts = source?.annualTexts ?? {};
    const model = await buildReportModel(db, { year, introduction, annualTexts, today: todayInPrague() });
    return { id: draft?.id ?? null, version: draft?.version ?? null, year, introduction, annualTexts, model };
  },
});

export type ReportDownload = { bytes: Buffer; filename: string; format: CouncilReportFormat; sha256?: string };

/** A stored file of a final report, byte for byte as finalised. */
export const getFinalFile = defineQuery({
  name: "councilReport.download",
  permission: "councilReport.read",
  run: async (db, { id, format }: { id: string; format: CouncilReportFormat }): Promise<ReportDownload | null> => {
    const [row] = await db
      .select({
        bytes: councilReportFiles.bytes,
        sha256: councilReportFiles.sha256,
        year: councilReports.year,
        finalNumber: councilReports.finalNumber,
        finalisedAt: councilReports.finalisedAt,
      })
      .from(councilReportFiles)
      .innerJoin(councilReports, eq(councilReports.id, councilReportFiles.reportId))
      .where(and(eq(councilReportFiles.reportId, id), eq(councilReportFiles.format, format)));
    if (!row) return null;
    const stamp: ReportStamp = { status: "final", number: row.finalNumber!, finalisedOn: "" };
    return { bytes: row.bytes, sha256: row.sha256, format, filename: reportFileName(row.year, stamp, format) };
  },
});

/** The draft rendered now, for the coordinator to read before finalising. */
export const renderDraftFile = defineQuery({
  name: "councilReport.renderDraft",
  permission: "councilReport.generate",
  run: async (db, { year, format }: { year: number; format: CouncilReportFormat }, actor): Promise<ReportDownload> => {
    const state = await getDraft(actor, { year });
    const stamp: ReportStamp = { status: "draft" };
    return { bytes: await renderReport(state.model, stamp, format), format, filename: reportFileName(year, stamp, format) };
  },
});

/**
 * The model the open data of a year is made from: the newest final version as it was frozen
 * (what the council received), or, before there is one, the registry as it stands.
 */
export const getOpenDataModel = defineQuery({
  name: "councilReport.openData",
  permission: "councilReport.read",
  run: async (db, { year }: { year: number }): Promise<{ model: ReportModel; finalNumber: number | null }> => {
    const [final] = await db
      .select({ content: councilReports.content, finalNumber: councilReports.finalNumber })
      .from(councilReports)
      .where(and(eq(councilReports.year, year), eq(councilReports.status, "final")))
      .orderBy(desc(councilReports.finalNumber))
      .limit(1);
    if (final) return { model: final.content as ReportModel, finalNumber: final.finalNumber };
    const model = await buildReportModel(db, { year, introduction: DEFAULT_INTRODUCTION, annualTexts: {}, today: todayInPrague() });
    return { model, finalNumber: null };
  },
});
