import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getDb } from "@/lib/db/connection";
import { writeAuditEvent } from "@/lib/audit";
import { recordSecurityEvent } from "@/lib/audit";
import { todayInPrague } from "@/lib/dates";
import { formatDate } from "@/lib/i18n/format";
import { DomainError, MESSAGES, sqlState } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";
import { storableText, urlDate, urlText, z } from "@/lib/validation";
import type { Column } from "./columns";
import { csvChunks } from "./csv";
import { EXPORT_KIND_IDS, EXPORT_KINDS, RECORD_KIND_IDS, type ExportKindId, type ExportParams } from "./kinds";
import { RECORDED_KIND_IDS } from "./kind";
import { columnLabel, enumLabel, FILE_MESSAGES } from "./columns";
import { exportFileName, type ExportScope } from "./naming";
import { filterLines, filterLineText, resolveList, type FilterWords, type ResolvedList } from "./lists";
import { progressIdSchema, trackProgress, type ProgressTracker } from "./progress";
import { exportRows, type SourceOptions } from "./source";
import { xlsxChunks, type CoverLine } from "./xlsx";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/config";

const optionalYear = z.coerce.number().int().min(1900).max(2200).optional().catch(undefined);
const optionalDate = urlDate();

/** What the URL of a download says; forgiving like the lists' URLs (bad values → defaults). */
export const exportRequestSchema = z.object({
  kind: z.enum([...EXPORT_KIND_IDS, "record"]),
  format: z.enum(["csv", "xlsx"]).catch("csv"),
  date: optionalDate,
  year: optionalYear,
  from: optionalDate,
  to: optionalDate,
  /**
   * Transaction time: the registry as recorded at the end of this day (replayed from the audit
   * trail), for the kinds that can be replayed and the full record. Auditors and admins only.
   */
  recordedOn: optionalDate,
  /** "iso": ISO dates and a decimal point in CSV; anything else: Czech formats. */
  style: z.enum(["cs", "iso"]).catch("cs"),
  /** The file's language (headers, enum labels, names of rows, formats); the route fills in the UI's. */
  lang: z.enum(LOCALES).optional().catch(undefined),
  /** Column keys to include, in any order ("a,b" or repeated); none or unknown ones → all. */
  columns: z
    .union([storableText(), z.array(storableText())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(","))).filter(Boolean))
    .catch([]),
  /** The kind the column choice was made for: a choice made for another kind does not apply. */
  columnsOf: urlText(50),
  /** The list page the export comes from (lib/exports/lists.ts); its filters are in `filters`. */
  list: urlText(50),
  /** The list's filters as carried in `f.*` parameters; the list's own schema parses them. */
  filters: z.record(z.string(), z.string()).optional().catch(undefined),
  /** The browser's id for this download's progress (lib/exports/progress.ts). */
  progress: progressIdSchema.optional().catch(undefined),
});
export type ExportRequest = z.output<typeof exportRequestSchema>;

/** The request with its column choice dropped when it was made on another kind's form. */
export function withApplicableColumns(request: ExportRequest): ExportRequest {
  return request.columnsOf === undefined || request.columnsOf === request.kind ? request : { ...request, columns: [] };
}

/** The list the request comes from, if it names one that applies to its kind. */
export function requestList(request: Pick<ExportRequest, "list" | "filters" | "kind">): ResolvedList | null {
  return resolveList(request.list, request.filters ?? {}, request.kind);
}

export function exportParams(request: ExportRequest): ExportParams {
  const list = requestList(request);
  // A list's export holds the list's rows: its filters decide, not the form's year.
  const locale = request.lang ?? DEFAULT_LOCALE;
  if (list) return { date: list.date ?? request.date ?? todayInPrague(), within: list.within, locale };
  const recordedOn = request.recordedOn && recordable(request.kind) ? request.recordedOn : undefined;
  return { date: request.date ?? todayInPrague(), year: request.year, from: request.from, to: request.to, locale, ...(recordedOn ? { recordedOn } : {}) };
}

/** Whether a kind can be exported "as recorded on" a day: the replayable ones and the full record. */
export function recordable(kind: ExportRequest["kind"]): boolean {
  return kind === "record" || (RECORDED_KIND_IDS as readonly string[]).includes(kind);
}

/** The sheets of a full record: as recorded on a day, only those the audit trail can replay. */
export function recordSheets(params: Pick<ExportParams, "recordedOn">): readonly ExportKindId[] {
  return params.recordedOn ? RECORDED_KIND_IDS : RECORD_KIND_IDS;
}


/**
 * Who may download what: records.export, and for the audit log also audit.read. So does the
 * record "as recorded on" a day: it is read from the audit trail, earlier values included.
 */
export function mayExport(actor: Actor, kind: ExportRequest["kind"], recordedOn?: string): boolean {
  return can(actor.role, "records.export") && ((kind !== "audit" && !recordedOn) || can(actor.role, "audit.read"));
}

/** The kind's columns the request chose, in the kind's own order; all when it chose none. */
export function chosenColumns(kind: ExportKindId, request: Pick<ExportRequest, "columns">): readonly Column[] {
  const all = EXPORT_KINDS[kind].columns;
  const wanted = new Set(request.columns);
  const chosen = all.filter((c) => wanted.has(c.key));
  return chosen.length > 0 ? chosen : all;
}

export type ExportDownload = {
  filename: string;
  contentType: string;
  chunks: AsyncGenerator<string | Buffer>;
};

/**
 * Starts one export: checks the permission (a refusal is a logged security event), records the
 * export itself as an audit event (entity "export": what, filters, format), and returns the
 * file as a lazy stream of chunks that reads the database only as fast as they are consumed.
 */
export async function startExport(
  actor: Actor | null,
  request: ExportRequest,
  options: SourceOptions & { db?: Db } = {},
): Promise<ExportDownload> {
  if (!actor) throw new DomainError("unauthenticated", MESSAGES.unauthenticated);
  const list = requestList(request);
  const params = exportParams(request);
  if (!mayExport(actor, request.kind, params.recordedOn)) {
    await recordSecurityEvent({ action: "access_denied", actor, subject: `export:${request.kind}` });
    throw new DomainError("forbidden", MESSAGES.forbidden);
  }
  const db = options.db ?? (await getDb());
  // The list's subquery is SQL, not a value to record: its filters are recorded instead.
  const { within: _within, ...plainParams } = params;
  const format = request.kind === "record" ? "xlsx" : request.format;
  await writeAuditEvent(db, actor, {
    entity: "export",
    entityId: request.kind,
    action: "export",
    after: {
      kind: request.kind,
      format,
      ...plainParams,
      // The list's filters as it parsed them: the record of which rows the file holds.
      ...(list ? { list: list.id, filters: list.filters } : {}),
      style: format === "csv" ? request.style : undefined,
      lang: params.locale,
      columns: request.columns.length > 0 ? request.columns : undefined,
    },
  });

  const ids: readonly ExportKindId[] = request.kind === "record" ? recordSheets(params) : [request.kind];
  const tracker = request.progress ? await trackProgress(db, actor, request.progress) : null;
  tracker?.count(ids.map((id) => EXPORT_KINDS[id].select(params)));
  const rowsOf = (id: ExportKindId, sheet: number, columns: readonly Column[]) =>
    exportRows(db, EXPORT_KINDS[id], params, {
      ...options,
      columns,
      onFetch: tracker
        ? (n) => {
            options.onFetch?.(n);
            tracker.onFetch(sheet)(n);
          }
        : options.onFetch,
    });

  const failed = async (e: unknown) => {
    // The download's own audit event above says what was asked for; this says it did not arrive
    // whole. Best effort: when the database is gone, the server log is all there is.
    console.error(`[export] ${request.kind} (${format}) failed mid-way`, e);
    await writeAuditEvent(db, actor, {
      entity: "export",
      entityId: request.kind,
      action: "export_failed",
      after: { kind: request.kind, format, ...(list ? { list: list.id } : {}) },
      note: `Export přerušen chybou při čtení dat${sqlState(e) ? ` (SQLSTATE ${sqlState(e)})` : ""}; soubor je neúplný.`,
    }).catch((auditError: unknown) => console.error("[export] the failure could not be audited", auditError));
  };

  const scope = await exportScope(db, request, params, list);
  const filename = exportFileName(scope, format);
  if (format === "csv") {
    const kind = EXPORT_KINDS[request.kind as ExportKindId];
    const columns = chosenColumns(kind.id, request);
    return {
      filename,
      contentType: "text/csv; charset=utf-8",
      chunks: finishing(csvChunks(columns, rowsOf(kind.id, 0, columns), { czech: request.style !== "iso", locale: params.locale }), tracker, {
        failed,
        lastWords: CSV_INCOMPLETE_MARKER,
      }),
    };
  }
  const sheets = ids.map((id, i) => {
    // The full record always holds every column; a single kind may choose its columns.
    const columns = request.kind === "record" ? EXPORT_KINDS[id].columns : chosenColumns(id, request);
    return { name: FILE_MESSAGES[params.locale].audit.exports.sheets[id], columns, rows: rowsOf(id, i, columns) };
  });
  const own = request.kind === "record" ? undefined : EXPORT_KINDS[request.kind].cover;
  const cover = [
    ...coverSheet(actor, request, scope, list, await predatingRows(db, ids, params), own !== undefined, params.locale),
    ...((await own?.(db, params)) ?? []),
  ];
  return {
    filename,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    // An XLSX cut short has no zip directory: no spreadsheet program opens it as if it were whole.
    chunks: finishing(xlsxChunks(sheets, cover, params.locale), tracker, { failed }),
  };
}

/**
 * The last line of a CSV whose rows could not all be read. A cut CSV otherwise ends on a row
 * boundary and looks complete; this line says it is not, to whoever opens it.
 */
export const CSV_INCOMPLETE_MARKER = "# EXPORT NEÚPLNÝ – chyba při čtení dat; soubor neobsahuje všechny řádky. Stáhněte jej prosím znovu.\r\n";

/**
 * Passes the chunks on and marks the progress finished after the last one (not when cancelled).
 * When reading fails mid-way the failure is audited, and then: a format with room for last words
 * (CSV) ends with them, as a normal end of the response, so they surely reach the file; any other
 * (XLSX) passes the error on, so the response is aborted and the browser reports a failed download.
 */
async function* finishing(
  chunks: AsyncGenerator<string | Buffer>,
  tracker: ProgressTracker | null,
  onError: { failed: (e: unknown) => Promise<void>; lastWords?: string },
) {
  try {
    yield* chunks;
  } catch (e) {
    await onError.failed(e);
    if (!onError.lastWords) throw e;
    yield Buffer.from(onError.lastWords, "utf8");
  }
  await tracker?.finish();
}

/** Prague wall-clock time as a Date for Excel, which has no time zones. */
function pragueNow(): Date {
  return new Date(`${new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Prague", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).format(new Date()).replace(" ", "T")}Z`);
}

/** Export files are in the chosen language (see columns.ts), their cover included. */
function fileWords(locale: Locale): FilterWords {
  const m = FILE_MESSAGES[locale];
  return {
    field: (f) => (m.audit.exports.fromList.fields as Record<string, string>)[f] ?? f,
    enumValue: (name, value) => enumLabel(name, value, locale),
    listStatus: (v) => m.audit.exports.fromList.status[v],
    date: (iso) => formatDate(iso, locale),
  };
}

/** The request's filters in words (the file's language), the list's ones with records by name. */
async function exportScope(db: Db, request: ExportRequest, params: ExportParams, list: ResolvedList | null): Promise<ExportScope> {
  const c = FILE_MESSAGES[params.locale].audit.exports.cover;
  const filters: string[] = [];
  if (list) {
    for (const line of await filterLines(db, list, params.locale)) filters.push(filterLineText(line, fileWords(params.locale)));
  } else {
    if (params.year !== undefined) filters.push(`${c.year}: ${params.year}`);
    if (params.from) filters.push(`${c.from}: ${formatDate(params.from, params.locale)}`);
    if (params.to) filters.push(`${c.to}: ${formatDate(params.to, params.locale)}`);
  }
  return { kind: request.kind, date: params.date, recordedOn: params.recordedOn, filters, fromList: list !== null };
}

/** As recorded on a day: how many rows of each sheet predate the audit trail (the cover says so). */
async function predatingRows(db: Db, ids: readonly ExportKindId[], params: ExportParams): Promise<{ id: ExportKindId; n: number }[]> {
  if (!params.recordedOn) return [];
  const counts = [];
  for (const id of ids) {
    const [row] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from (${EXPORT_KINDS[id].select(params)}) q where q._p`)).rows;
    counts.push({ id, n: row?.n ?? 0 });
  }
  return counts;
}

/**
 * Every XLSX opens with a cover: what, as of which day, when and by whom, every filter and the
 * chosen columns in words, and the rules of "as of" (who counts as in the record on that day).
 */
function coverSheet(
  actor: Actor,
  request: ExportRequest,
  scope: ExportScope,
  list: ResolvedList | null,
  predating: readonly { id: ExportKindId; n: number }[],
  ownRules: boolean,
  locale: Locale,
): CoverLine[] {
  const m = FILE_MESSAGES[locale].audit.exports;
  const c = m.cover;
  const what = request.kind === "record" ? c.whatValue : list ? m.fromList.lists[list.id] : m.kinds[request.kind];
  const lines: CoverLine[] = [
    [c.what, what],
    [c.asOf, formatDate(scope.date, locale)],
    ...(scope.recordedOn
      ? ([[c.recordedOn, `${formatDate(scope.recordedOn, locale)} – ${c.recordedOnValue}`]] as CoverLine[])
      : []),
    [c.createdAt, pragueNow()],
    [c.createdBy, `${actor.name} (${actor.email})`],
    [c.filters, scope.filters.length > 0 ? scope.filters.join("; ") : c.noFilters],
  ];
  if (request.kind === "record") lines.push([c.sheets, recordSheets(scope).map((id) => m.sheets[id]).join(", ")]);
  else if (request.columns.length > 0) {
    const columns = chosenColumns(request.kind, request).map((col) => columnLabel(col.key, locale));
    lines.push([c.columns, columns.join(", ")]);
  }
  if (request.kind !== "audit" && !ownRules) lines.push([c.rules, c.rulesValue]);
  if (scope.recordedOn) {
    lines.push([c.recordedRules, c.recordedRulesValue]);
    const counted = predating.filter((p) => p.n > 0).map((p) => `${m.sheets[p.id]}: ${p.n}`);
    lines.push([c.predatesTrail, counted.length > 0 ? `${c.predatesTrailValue} ${counted.join(", ")}.` : c.predatesTrailNone]);
  }
  return lines;
}

/** Turns the chunks into a web stream for a Response: pulled on demand, cancelled cleanly. */
export function toWebStream(chunks: AsyncGenerator<string | Buffer>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(typeof value === "string" ? encoder.encode(value) : new Uint8Array(value));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
