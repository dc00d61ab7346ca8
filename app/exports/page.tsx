import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DownloadLinks } from "@/components/exports/download-links";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { EXPORT_KIND_IDS, type ExportKindId } from "@/lib/exports/kinds";
import { carriedFilters, filterLineText, FILTER_PREFIX, listPath, type FilterWords } from "@/lib/exports/lists";
import { PREVIEW_ROWS, previewExport } from "@/lib/exports/queries";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { exportParams, exportRequestSchema, mayExport, recordable, withApplicableColumns, type ExportRequest } from "@/lib/exports/service";
import { can } from "@/lib/permissions";
import { FILTER_CONTROL as CONTROL, FILTER_LABEL as LABEL } from "@/components/ui/filter-classes";

export async function generateMetadata() {
  const t = await getTranslations("audit.exports");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const HINT = "mt-1 text-sm text-slate-700";

/** The list's filters as `f.*` parameters, when the export comes from a list. */
function listQuery(list: { id: string; filters: Record<string, string> } | null): [string, string][] {
  if (!list) return [];
  return [["list", list.id], ...Object.entries(list.filters).map(([k, v]): [string, string] => [`${FILTER_PREFIX}${k}`, v])];
}

function downloadHref(request: ExportRequest, format: "csv" | "xlsx", list: { id: string; filters: Record<string, string> } | null) {
  const q = new URLSearchParams({ format });
  const params = exportParams(request);
  if (list) for (const [k, v] of listQuery(list)) q.set(k, v);
  else {
    q.set("date", params.date);
    if (params.recordedOn) q.set("recordedOn", params.recordedOn);
    if (request.year) q.set("year", String(request.year));
  }
  if (format === "csv" && request.style === "iso") q.set("style", "iso");
  if (request.lang) q.set("lang", request.lang);
  if (request.kind !== "record" && request.columns.length > 0) q.set("columns", request.columns.join(","));
  return `/exports/${request.kind}?${q.toString()}`;
}

export default async function ExportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("records.export", "/exports");
  const search = await searchParams;
  const raw = Object.fromEntries(
    Object.entries(search).map(([k, v]) => [k, Array.isArray(v) && k !== "columns" ? v[0] : v]),
  );
  const parsed = exportRequestSchema.safeParse({ ...raw, filters: carriedFilters(search), kind: raw.kind ?? "organisations" });
  const parsedRequest: ExportRequest = withApplicableColumns(
    parsed.success ? parsed.data : exportRequestSchema.parse({ kind: "organisations" }),
  );
  // "As recorded on" reads the audit trail: offered to those who read it (the download checks again).
  const mayReplay = can(actor.role, "audit.read");
  const request: ExportRequest = mayReplay ? parsedRequest : { ...parsedRequest, recordedOn: undefined };
  // The file's language defaults to the UI's.
  const locale = (await getLocale()) as Locale;
  request.lang ??= locale;
  const kinds = [...EXPORT_KIND_IDS, "record"].filter((k) => mayExport(actor, k as ExportRequest["kind"])) as ExportRequest["kind"][];
  const chosen = kinds.includes(request.kind) ? request : { ...request, kind: "organisations" as const };
  // The full record's first sheet (organisations with their status on the day) is its preview.
  const previewKind: ExportKindId = chosen.kind === "record" ? "organisations" : chosen.kind;
  const [t, te, tl, preview] = await Promise.all([
    getTranslations("audit.exports"),
    getTranslations("enums"),
    getTranslations("language"),
    previewExport(actor, { ...chosen, kind: previewKind, previewOf: chosen.kind }),
  ]);
  const list = preview.list;
  const links =
    chosen.kind === "record"
      ? [{ href: downloadHref(chosen, "xlsx", null), label: `${t("download")} XLSX`, format: "xlsx" }]
      : [
          { href: downloadHref(chosen, "csv", list), label: `${t("download")} CSV`, format: "csv" },
          { href: downloadHref(chosen, "xlsx", list), label: `${t("download")} XLSX`, format: "xlsx" },
        ];
  const words: FilterWords = {
    field: (f) => t(`fromList.fields.${f}` as "fromList.fields.q"),
    enumValue: (name, value) => te(`${name}.${value}` as "yesNo.yes"),
    listStatus: (v) => t(`fromList.status.${v}`),
    date: (iso) => formatDate(iso, locale),
  };

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />

      {list ? (
        <section aria-labelledby="x-list" className="mb-6 rounded border border-blue-800 bg-blue-50 p-4">
          <h2 id="x-list" className="mb-2 text-lg font-bold text-slate-900">{t("fromList.legend")}</h2>
          <p className="text-slate-900">{t("fromList.intro", { list: t(`fromList.lists.${list.id}`) })}</p>
          {list.lines.length > 0 ? (
            <ul className="mt-2 list-disc pl-6 text-slate-900">
              {list.lines.map((l) => <li key={l.field}>{filterLineText(l, words)}</li>)}
            </ul>
          ) : (
            <p className="mt-2 text-slate-900">{t("fromList.none")}</p>
          )}
          <p className="mt-3 flex flex-wrap gap-4">
            <Link href={listPath(list)} className="text-blue-900 underline">{t("fromList.back")}</Link>
            <Link href={`/exports?kind=${chosen.kind}`} className="text-blue-900 underline">{t("fromList.drop")}</Link>
          </p>
        </section>
      ) : null}

      <form id="export-form" method="get" action="/exports" className="mb-6 rounded border border-slate-300 bg-white p-4">
        <fieldset>
          <legend className="mb-3 text-lg font-bold text-slate-900">{t("formLegend")}</legend>
          {list ? (
            <>
              <input type="hidden" name="kind" value={chosen.kind} />
              {listQuery(list).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
            </>
          ) : null}
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {list ? null : (<>
            <div className="sm:col-span-2">
              <label htmlFor="x-kind" className={LABEL}>{t("kind")}</label>
              <select id="x-kind" name="kind" defaultValue={chosen.kind} className={CONTROL}>
                {kinds.map((k) => (
                  <option key={k} value={k}>{t(`kinds.${k}`)}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="x-date" className={LABEL}>{t("date")}</label>
              <input id="x-date" name="date" type="date" defaultValue={preview.params.date} aria-describedby="x-date-hint" className={CONTROL} />
              <p id="x-date-hint" className={HINT}>{t("dateHint")}</p>
            </div>
            {mayReplay && recordable(chosen.kind) ? (
              <div>
                <label htmlFor="x-recordedOn" className={LABEL}>{t("recordedOn")}</label>
                <input id="x-recordedOn" name="recordedOn" type="date" defaultValue={preview.params.recordedOn ?? ""} aria-describedby="x-recordedOn-hint" className={CONTROL} />
                <p id="x-recordedOn-hint" className={HINT}>{t("recordedOnHint")}</p>
              </div>
            ) : null}
            <div>
              <label htmlFor="x-year" className={LABEL}>{t("year")}</label>
              <input id="x-year" name="year" type="number" min={1900} max={2200} inputMode="numeric" defaultValue={chosen.year ?? ""} aria-describedby="x-year-hint" className={CONTROL} />
              <p id="x-year-hint" className={HINT}>{t("yearHint")}</p>
            </div>
            </>)}
            <div>
              <label htmlFor="x-lang" className={LABEL}>{t("lang")}</label>
              <select id="x-lang" name="lang" defaultValue={chosen.lang} aria-describedby="x-lang-hint" className={CONTROL}>
                {LOCALES.map((l) => (
                  // Each language named in itself (as the language switch does), marked as such.
                  <option key={l} value={l} lang={l}>{tl(l)}</option>
                ))}
              </select>
              <p id="x-lang-hint" className={HINT}>{t("langHint")}</p>
            </div>
            <div className="sm:col-span-2">
              <label htmlFor="x-style" className={LABEL}>{t("style")}</label>
              <select id="x-style" name="style" defaultValue={chosen.style} className={CONTROL}>
                <option value="cs">{t("styleCs")}</option>
                <option value="iso">{t("styleIso")}</option>
              </select>
            </div>
          </div>
          {chosen.kind !== "record" ? (
            <fieldset className="mt-4">
              <legend className="mb-2 font-semibold text-slate-900">{t("columnsLegend")}</legend>
              <input type="hidden" name="columnsOf" value={chosen.kind} />
              <p id="x-columns-hint" className={HINT}>{t("columnsHint")}</p>
              <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-4">
                {preview.columns.map((c) => (
                  <label key={c.key} className="flex items-center gap-2 text-slate-900">
                    <input type="checkbox" name="columns" value={c.key} defaultChecked={c.chosen} className="h-4 w-4" aria-describedby="x-columns-hint" />
                    {c.label}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          <div className="mt-4">
            <button type="submit" className={buttonClass("secondary")}>{t("preview")}</button>
          </div>
        </fieldset>
      </form>

      <section aria-labelledby="x-download" className="mb-6">
        <h2 id="x-download" className="mb-2 text-xl font-bold text-slate-900">{t(`kinds.${chosen.kind}`)}</h2>
        {chosen.kind === "record" ? <p className="mb-3 max-w-3xl text-slate-800">{t("recordHint")}</p> : null}
        <p className="mb-3 max-w-3xl text-slate-800">{t("downloadFollowsForm")}</p>
        <DownloadLinks
          links={links}
          startedText={t("downloading")}
          locale={locale}
          form={{ id: "export-form", kind: chosen.kind, kindChangedNote: t("kindChanged") }}
          words={{
            label: t("progress.label"),
            rows: t.raw("progress.rows") as string,
            rowsNoTotal: t.raw("progress.rowsNoTotal") as string,
            done: t.raw("progress.done") as string,
          }}
        />
      </section>

      {preview.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("previewEmpty")}</p>
      ) : (
        // A wide preview scrolls sideways: the region is focusable so keyboard users can scroll it.
        <div role="region" aria-labelledby="x-preview" tabIndex={0} className="overflow-x-auto rounded border border-slate-300 bg-white focus:outline-2 focus:outline-blue-800">
          <table className="w-full border-collapse text-left text-sm">
            <caption id="x-preview" className="p-3 text-left font-semibold text-slate-900">
              {t("previewCaption", { shown: Math.min(PREVIEW_ROWS, preview.total), total: preview.total })}
            </caption>
            <thead>
              <tr>{preview.headers.map((h) => <Th key={h}>{h}</Th>)}</tr>
            </thead>
            <tbody>
              {preview.rows.map((cells, i) => (
                <tr key={i}>{cells.map((c, j) => <Td key={j} lang={preview.typed[j] && c ? "cs" : undefined} className="max-w-xs break-words">{c}</Td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
