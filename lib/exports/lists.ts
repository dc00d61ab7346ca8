import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { todayInPrague, type IsoDate } from "@/lib/dates";
import { feeFilterSchema, feeListIds, feeListYear } from "@/lib/fees/queries";
import { meetingListIds, meetingParamsSchema } from "@/lib/meetings/queries";
import { listParamsSchema, organisationListIds } from "@/lib/organisations/queries";
import { matrixOrganisationIds, matrixParamsSchema } from "@/lib/representation/queries";
import { z } from "@/lib/validation";
import type { EnumName } from "./columns";
import type { ExportKindId } from "./kind";
import type { Locale } from "@/lib/i18n/config";
import { displayNameSql, fullLabelSql } from "@/lib/registry/display-name";

/**
 * Exports "from a list": a list page links to /exports with its own URL filters carried as
 * `f.<name>` parameters. Each list here parses them with THE list's own zod schema (forgiving:
 * bad values fall back to the list's defaults) and restricts the export with THE list's own
 * filter SQL (a subquery of ids), so the file holds exactly the list's rows, all pages of them.
 */
export const EXPORT_LIST_IDS = ["organisations", "fees", "representation", "meetings", "periods", "assessments"] as const;
export type ExportListId = (typeof EXPORT_LIST_IDS)[number];

/** The URL prefix of a carried filter: `f.q=polis` on /exports is the list's `q=polis`. */
export const FILTER_PREFIX = "f.";

/** The filters as the list parsed them: only set values, as URL strings (canonical, audit-ready). */
export type ListFilters = Record<string, string>;

type ListDef = {
  kind: ExportKindId;
  /** The list's page, for "back to the list". */
  path: (filters: ListFilters) => string;
  /** Parses the carried filters with the list's schema; null when the list cannot apply (e.g. no organisation). */
  parse: (raw: Record<string, string>) => ListFilters | null;
  /** The export's day (statuses, seats) and the ids the list shows. */
  restrict: (filters: ListFilters) => { date?: IsoDate; within: SQL };
};

/** Drops empty values and the page number (an export holds every page) and stringifies the rest. */
function canonical(parsed: Record<string, unknown>): ListFilters {
  return Object.fromEntries(
    Object.entries(parsed)
      .filter(([k, v]) => k !== "page" && k !== "after" && k !== "before" && k !== "sort" && v !== undefined && v !== null && v !== "")
      .map(([k, v]) => [k, String(v)]),
  );
}

const withQuery = (path: string, filters: ListFilters) => {
  const q = new URLSearchParams(filters).toString();
  return q ? `${path}?${q}` : path;
};

const organisationOnly = z.object({ organisation: z.uuid() });
const organisationWithin = (f: ListFilters) => sql`select ${f.organisation}::uuid`;

const LISTS: Record<ExportListId, ListDef> = {
  organisations: {
    kind: "organisations",
    path: (f) => withQuery("/organizations", f),
    parse: (raw) => canonical(listParamsSchema.parse(raw)),
    restrict: (f) => {
      const params = listParamsSchema.parse(f);
      return { date: params.asOf ?? todayInPrague(), within: organisationListIds(params) };
    },
  },
  fees: {
    kind: "fees",
    path: (f) => withQuery("/fees", f),
    // The overview always shows one year (this one when none or a bad one is given).
    parse: (raw) => canonical({ year: String(feeListYear(raw.year)), ...feeFilterSchema.parse(raw) }),
    restrict: (f) => ({ within: feeListIds(feeListYear(f.year), feeFilterSchema.parse(f)) }),
  },
  representation: {
    kind: "representations",
    path: (f) => withQuery("/representation", f),
    parse: (raw) => canonical(matrixParamsSchema.parse(raw)),
    restrict: (f) => {
      const params = matrixParamsSchema.parse(f);
      const asOf = params.asOf ?? todayInPrague();
      return { date: asOf, within: matrixOrganisationIds({ asOf, q: params.q, all: params.all === "1", organisation: params.organisation }) };
    },
  },
  meetings: {
    kind: "meetings",
    path: (f) => withQuery("/meetings", f),
    parse: (raw) => canonical(meetingParamsSchema.parse(raw)),
    restrict: (f) => ({ within: meetingListIds(meetingParamsSchema.parse(f)) }),
  },
  // The organisation page lists all of its membership periods and all of its assessments.
  periods: {
    kind: "periods",
    path: (f) => `/organizations/${f.organisation}#timeline`,
    parse: (raw) => {
      const parsed = organisationOnly.safeParse(raw);
      return parsed.success ? canonical(parsed.data) : null;
    },
    restrict: (f) => ({ within: organisationWithin(f) }),
  },
  assessments: {
    kind: "assessments",
    path: (f) => `/organizations/${f.organisation}#assessments`,
    parse: (raw) => {
      const parsed = organisationOnly.safeParse(raw);
      return parsed.success ? canonical(parsed.data) : null;
    },
    restrict: (f) => ({ within: organisationWithin(f) }),
  },
};

export function isExportList(value: string | undefined): value is ExportListId {
  return (EXPORT_LIST_IDS as readonly string[]).includes(value ?? "");
}

/** The `f.*` parameters of a URL, without their prefix (first value of each). */
export function carriedFilters(search: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = search instanceof URLSearchParams ? [...search.entries()] : Object.entries(search);
  const out: Record<string, string> = {};
  for (const [k, v] of entries) {
    const value = Array.isArray(v) ? v[0] : v;
    if (k.startsWith(FILTER_PREFIX) && value !== undefined && !(k.slice(FILTER_PREFIX.length) in out)) {
      out[k.slice(FILTER_PREFIX.length)] = value;
    }
  }
  return out;
}

export type ResolvedList = { id: ExportListId; kind: ExportKindId; filters: ListFilters; date?: IsoDate; within: SQL };

/** The list an export comes from, with its parsed filters; null when none or when it does not apply to `kind`. */
export function resolveList(list: string | undefined, raw: Record<string, string>, kind: string): ResolvedList | null {
  if (!isExportList(list)) return null;
  const def = LISTS[list];
  if (def.kind !== kind) return null;
  const filters = def.parse(raw);
  if (!filters) return null;
  return { id: list, kind: def.kind, filters, ...def.restrict(filters) };
}

export function listPath(list: Pick<ResolvedList, "id" | "filters">): string {
  return LISTS[list.id].path(list.filters);
}

/** The export page's link for a list: its kind and its filters as `f.*` parameters. */
export function exportHrefForList(list: ExportListId, params: object): string {
  const filters = LISTS[list].parse(
    Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, String(v)])),
  );
  const q = new URLSearchParams({ kind: LISTS[list].kind, list });
  for (const [k, v] of Object.entries(filters ?? {})) q.set(`${FILTER_PREFIX}${k}`, v);
  return `/exports?${q.toString()}`;
}

/** How to show one carried filter: its label key, and its value as an enum label, a record's name or as is. */
export type FilterLine = { field: string; value: string; enum?: EnumName | "listStatus"; date?: true };

const ENUM_OF: Record<ExportListId, Partial<Record<string, FilterLine["enum"]>>> = {
  organisations: { status: "listStatus", kind: "organisationKind", scope: "organisationScope", fee: "yesNo" },
  fees: {},
  representation: { all: "yesNo" },
  meetings: { kind: "meetingKind" },
  periods: {},
  assessments: {},
};

const REFERENCES: Record<string, (id: string, locale: Locale) => SQL> = {
  organisation: (id, locale) => sql`select ${fullLabelSql(locale, "organisations")} as name from organisations where id = ${id}::uuid`,
  body: (id, locale) => sql`select ${displayNameSql(locale, "bodies")} as name from bodies where id = ${id}::uuid`,
  department: (id) => sql`select code || ' – ' || name as name from departments where id = ${id}::uuid`,
};

/**
 * The carried filters as lines a person reads (screen, XLSX cover): records by name, not by id.
 * The caller words labels and enum values in its language. References were parsed as uuids.
 */
export async function filterLines(db: Queryable, list: Pick<ResolvedList, "id" | "filters">, locale: Locale): Promise<FilterLine[]> {
  const lines: FilterLine[] = [];
  for (const [field, value] of Object.entries(list.filters)) {
    const ref = REFERENCES[field];
    if (ref) {
      const rows = (await db.execute<{ name: string }>(ref(value, locale))).rows;
      lines.push({ field, value: rows[0]?.name ?? value });
      continue;
    }
    const e = ENUM_OF[list.id][field];
    // The matrix's "all organisations" box is `all=1` in the URL: shown as "yes".
    lines.push({ field, value: field === "all" ? "yes" : value, ...(e ? { enum: e } : {}), ...(field === "asOf" ? { date: true as const } : {}) });
  }
  return lines;
}

/** Words for a filter line, in one language: the screen passes its translations, the file Czech. */
export type FilterWords = {
  field: (field: string) => string;
  enumValue: (name: EnumName, value: string) => string;
  listStatus: (value: "all" | "current") => string;
  date: (iso: IsoDate) => string;
};

/** "Stav členství: Plné členství". */
export function filterLineText(line: FilterLine, w: FilterWords): string {
  const value =
    line.enum === "listStatus"
      ? line.value === "all" || line.value === "current"
        ? w.listStatus(line.value)
        : w.enumValue("membershipStatus", line.value)
      : line.enum
        ? w.enumValue(line.enum, line.value)
        : line.date
          ? w.date(line.value)
          : line.value;
  return `${w.field(line.field)}: ${value}`;
}
