import { and, eq, max } from "drizzle-orm";
import { COUNCIL_REPORT_FORMATS, councilReportFiles, councilReports } from "@/db/schema";
import { todayInPrague } from "@/lib/dates";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { DomainError, fieldError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { buildReportModel } from "./model";
import { renderReport, sha256 } from "./render";
import { finaliseSchema, saveDraftSchema } from "./schemas";

const CONSTRAINTS = {
  council_reports_one_draft_key: {
    field: "year",
    message: "Koncept zprávy za tento rok už existuje. Otevřete prosím ten stávající.",
  },
  council_reports_year_check: { field: "year", message: "Zadejte rok mezi 1990 a 2200." },
};

/** Drops empty texts, so "no text" is one thing whether the field was left blank or never shown. */
const nonEmpty = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).filter(([, t]) => t !== ""));

/**
 * Writes the draft's texts: the introduction and the coordinator's annual text per organisation.
 * The first save of a year creates its draft; later saves quote the version they were loaded with.
 */
export const saveCouncilReportDraft = defineMutation({
  name: "councilReport.saveDraft",
  permission: "councilReport.generate",
  schema: saveDraftSchema,
  constraints: CONSTRAINTS,
  run: async ({ tx, actor, audit }, input) => {
    const values = { introduction: input.introduction, annualTexts: nonEmpty(input.annualTexts) };
    if (!input.id) {
      const [row] = await tx
        .insert(councilReports)
        .values({ year: input.year, ...values, createdById: actor.id })
        .returning();
      if (!row) throw new Error("insert returned nothing");
      await audit({ entity: "council_report", entityId: row.id, action: "create", after: row });
      return { id: row.id, year: row.year };
    }
    if (input.version === undefined) throw fieldError("id", "Chybí verze konceptu. Načtěte prosím stránku znovu.");
    const before = await lockForUpdate(tx, councilReports, input.id, input.version);
    if (before.status !== "draft" || before.year !== input.year) {
      throw new DomainError("conflict", "Tato zpráva už byla dokončena a nelze ji měnit. Připravte prosím novou verzi.");
    }
    const [after] = await tx
      .update(councilReports)
      .set({ ...values, ...nextVersion(councilReports) })
      .where(eq(councilReports.id, input.id))
      .returning();
    await audit({ entity: "council_report", entityId: input.id, action: "update", before, after });
    return { id: input.id, year: before.year };
  },
});

/**
 * Freezes the draft as the year's next final version: the report model as the registry stands
 * now, and each format's bytes with their SHA-256. Later edits of the registry change nothing in
 * it; a later final version of the same year supersedes it.
 */
export const finaliseCouncilReport = defineMutation({
  name: "councilReport.finalise",
  permission: "councilReport.generate",
  schema: finaliseSchema,
  run: async ({ tx, actor, audit }, { id, version }) => {
    const before = await lockForUpdate(tx, councilReports, id, version);
    if (before.status !== "draft") {
      throw new DomainError("conflict", "Tato zpráva už byla dokončena.");
    }
    const today = todayInPrague();
    const model = await buildReportModel(tx, {
      year: before.year,
      introduction: before.introduction,
      annualTexts: before.annualTexts,
      today,
    });
    const [last] = await tx
      .select({ n: max(councilReports.finalNumber) })
      .from(councilReports)
      .where(and(eq(councilReports.year, before.year), eq(councilReports.status, "final")));
    const finalNumber = (last?.n ?? 0) + 1;
    const stamp = { status: "final" as const, number: finalNumber, finalisedOn: today };

    const files = [];
    for (const format of COUNCIL_REPORT_FORMATS) {
      const bytes = await renderReport(model, stamp, format);
      files.push({ reportId: id, format, bytes, sha256: sha256(bytes) });
    }
    const [after] = await tx
      .update(councilReports)
      .set({
        status: "final",
        finalNumber,
        content: model,
        finalisedAt: new Date(),
        finalisedById: actor.id,
        ...nextVersion(councilReports),
      })
      .where(eq(councilReports.id, id))
      .returning({ id: councilReports.id, year: councilReports.year, finalNumber: councilReports.finalNumber });
    await tx.insert(councilReportFiles).values(files);
    const hashes = Object.fromEntries(files.map((f) => [f.format, f.sha256]));
    await audit({
      entity: "council_report",
      entityId: id,
      action: "finalise",
      before: { status: before.status, version: before.version },
      after: { ...after, status: "final", sha256: hashes },
    });
    return { id, year: before.year, finalNumber, sha256: hashes };
  },
});
