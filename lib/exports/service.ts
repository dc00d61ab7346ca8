import "server-only";
import { getDb, type Db } from "@/db/client";
import { writeAuditEvent } from "@/lib/audit";
import { recordSecurityEvent } from "@/lib/audit";
import { isIsoDate, todayInPrague } from "@/lib/dates";
import { DomainError, MESSAGES } from "@/lib/errors";
import cs from "@/lib/i18n/messages/cs.json";
import { can, type Actor } from "@/lib/permissions";
import { z } from "@/lib/validation";
import type { Column } from "./columns";
import { csvChunks } from "./csv";
import { EXPORT_KIND_IDS, EXPORT_KINDS, RECORD_KIND_IDS, type ExportKindId, type ExportParams } from "./kinds";
import { exportRows, type SourceOptions } from "./source";
import { xlsxChunks, type CoverLine } from "./xlsx";

const optionalYear = z.coerce.number().int().min(1900).max(2200).optional().catch(undefined);
const optionalDate = z.string().refine(isIsoDate).optional().catch(undefined);

/** What the URL of a download says; forgiving like the lists' URLs (bad values → defaults). */
export const exportRequestSchema = z.object({
  kind: z.enum([...EXPORT_KIND_IDS, "record"]),
  format: z.enum(["csv", "xlsx"]).catch("csv"),
  date: optionalDate,
  year: optionalYear,
  from: optionalDate,
  to: optionalDate,
  /** "iso": ISO dates and a decimal point in CSV; anything else: Czech formats. */
  style: z.enum(["cs", "iso"]).catch("cs"),
  /** Column keys to include, in any order ("a,b" or repeated); none or unknown ones → all. */
  columns: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(","))).filter(Boolean))
    .catch([]),
  /** The kind the column choice was made for: a choice made for another kind does not apply. */
  columnsOf: z.string().optional().catch(undefined),
});
export type ExportRequest = z.output<typeof exportRequestSchema>;

/** The request with its column choice dropped when it was made on another kind's form. */
export function withApplicableColumns(request: ExportRequest): ExportRequest {
  return request.columnsOf === undefined || request.columnsOf === request.kind ? request : { ...request, columns: [] };
}

export function exportParams(request: ExportRequest): ExportParams {
  return { date: request.date ?? todayInPrague(), year: request.year, from: request.from, to: request.to };
}

const SHEETS: Record<ExportKindId, string> = cs.audit.exports.sheets;

/** Who may download what: records.export, and for the audit log also audit.read. */
export function mayExport(actor: Actor, kind: ExportRequest["kind"]): boolean {
  return can(actor.role, "records.export") && (kind !== "audit" || can(actor.role, "audit.read"));
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
  if (!mayExport(actor, request.kind)) {
    await recordSecurityEvent({ action: "access_denied", actor, subject: `export:${request.kind}` });
    throw new DomainError("forbidden", MESSAGES.forbidden);
  }
  const db = options.db ?? (await getDb());
  const params = exportParams(request);
  const format = request.kind === "record" ? "xlsx" : request.format;
  await writeAuditEvent(db, actor, {
    entity: "export",
    entityId: request.kind,
    action: "export",
    after: {
      kind: request.kind,
      format,
      ...params,
      style: format === "csv" ? request.style : undefined,
      columns: request.columns.length > 0 ? request.columns : undefined,
    },
  });

  const stamp = params.date;
  const base = request.kind === "record" ? `registr-k-${stamp}` : `${request.kind}-${request.year ?? stamp}`;
  const filename = `${base}.${format}`;
  if (format === "csv") {
    const kind = EXPORT_KINDS[request.kind as ExportKindId];
    const columns = chosenColumns(kind.id, request);
    return {
      filename,
      contentType: "text/csv; charset=utf-8",
      chunks: csvChunks(columns, exportRows(db, kind, params, { ...options, columns }), { czech: request.style !== "iso" }),
    };
  }
  const ids: readonly ExportKindId[] = request.kind === "record" ? RECORD_KIND_IDS : [request.kind];
  const sheets = ids.map((id) => {
    // The full record always holds every column; a single kind may choose its columns.
    const columns = request.kind === "record" ? EXPORT_KINDS[id].columns : chosenColumns(id, request);
    return { name: SHEETS[id], columns, rows: exportRows(db, EXPORT_KINDS[id], params, { ...options, columns }) };
  });
  return {
    filename,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    chunks: xlsxChunks(sheets, request.kind === "record" ? coverSheet(actor, request, params) : undefined),
  };
}

function coverSheet(actor: Actor, request: ExportRequest, params: ExportParams): CoverLine[] {
  const c = cs.audit.exports.cover;
  const now = new Date();
  // Excel has no time zones: the moment goes in as Prague wall-clock time.
  const prague = new Date(`${new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Prague", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).format(now).replace(" ", "T")}Z`);
  const [y, m, d] = params.date.split("-").map(Number) as [number, number, number];
  return [
    [c.what, c.whatValue],
    [c.asOf, `${d}. ${m}. ${y}`],
    [c.createdAt, prague],
    [c.createdBy, `${actor.name} (${actor.email})`],
    [c.filters, request.year ? `${c.year}: ${request.year}` : c.noFilters],
    [c.sheets, RECORD_KIND_IDS.map((id) => SHEETS[id]).join(", ")],
    [c.rules, c.rulesValue],
  ];
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
