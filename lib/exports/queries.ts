import "server-only";
import { sql } from "drizzle-orm";
import { DomainError, MESSAGES } from "@/lib/errors";
import { defineQuery } from "@/lib/queries";
import { recordSecurityEvent } from "@/lib/audit";
import { columnLabel } from "./columns";
import { csvCell } from "./format";
import { EXPORT_KINDS, type ExportKindId } from "./kinds";
import { filterLines } from "./lists";
import { chosenColumns, exportParams, mayExport, requestList, type ExportRequest } from "./service";
import { firstRows } from "./source";
import { uiLocale } from "@/lib/i18n/ui-locale";

/** Text columns named by lib/registry/display-name.ts (in the file's language) or codes, not typed text. */
const NAMED_IN_FILE_LANGUAGE = new Set([
  "organisation", "body", "abbreviation", "currency", "department", "website", "person", "author", "actor",
  "invoiceNumber", "czkKind", "entityId", "before", "after",
]);

export const PREVIEW_ROWS = 20;

/**
 * The first rows of an export, formatted exactly as the Czech CSV formats them, and the total:
 * what the screen shows is what the file holds. Read through the same source as the download.
 */
export const previewExport = defineQuery({
  name: "exports.preview",
  permission: "records.export",
  run: async (db, request: Omit<ExportRequest, "kind"> & { kind: ExportKindId; previewOf: ExportRequest["kind"] }, actor) => {
    const params = exportParams(request);
    if (!mayExport(actor, request.kind, params.recordedOn)) {
      await recordSecurityEvent({ action: "access_denied", actor, subject: `export:${request.kind}` });
      throw new DomainError("forbidden", MESSAGES.forbidden);
    }
    const kind = EXPORT_KINDS[request.kind];
    const columns = request.kind === request.previewOf ? chosenColumns(kind.id, request) : kind.columns;
    // The form speaks the UI's language; the preview is of the file, in the file's.
    const ui = await uiLocale();
    const list = requestList(request);
    const [counted] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from (${kind.select(params)}) q`)).rows;
    const rows = await firstRows(db, kind, params, PREVIEW_ROWS, columns);
    return {
      params,
      /** The list the export comes from and its filters in words, if any. */
      list: list ? { id: list.id, filters: list.filters, lines: await filterLines(db, list, ui) } : null,
      total: counted?.n ?? 0,
      columns: kind.columns.map((c) => ({ key: c.key, label: columnLabel(c.key, ui), chosen: columns.includes(c) })),
      headers: columns.map((c) => columnLabel(c.key, params.locale)),
      /**
       * The columns of text people typed (titles, places, notes, reports: Czech, the language of
       * record), for `lang="cs"` in the preview; names of rows come in the file's language.
       */
      typed: columns.map((c) => c.type === "text" && !NAMED_IN_FILE_LANGUAGE.has(c.key)),
      rows: rows.map((row) => columns.map((c, i) => csvCell(c, row[i], { czech: true, locale: params.locale }))),
    };
  },
});
