import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Locale } from "@/lib/i18n/config";

/**
 * THE naming rule for organisations and bodies (docs/ARCHITECTURE.md, "Formats and languages"):
 * the Czech UI shows the Czech name where one exists, the English UI the official name (`name`,
 * usually English). Every screen, export and feed names a row through these functions, in TS or as
 * the one SQL expression, so a row never reads "Liga historických měst" on one screen and "League
 * of Historical Cities" on the next. `tests/unit/display-name.test.ts` fails when lib/ selects a
 * raw name column for display elsewhere.
 *
 * - `displayName`: the name in the language.
 * - `fullLabel`: "IRE – Institut der Regionen Europas": the abbreviation first when the name does
 *   not contain it (lists, selects, headings).
 * - `shortName`: the abbreviation, else the name (charts, compact tables, the matrix).
 *
 * Kept free of server-only imports: client components may name rows too.
 */

export type Named = { name: string; nameCs: string | null };
export type Abbreviated = Named & { abbreviation: string | null };

export function displayName(row: Named, locale: Locale): string {
  return locale === "cs" ? (row.nameCs ?? row.name) : row.name;
}

export function fullLabel(row: Abbreviated, locale: Locale): string {
  const name = displayName(row, locale);
  return row.abbreviation && !name.includes(row.abbreviation) ? `${row.abbreviation} – ${name}` : name;
}

export function shortName(row: Abbreviated, locale: Locale): string {
  return row.abbreviation ?? displayName(row, locale);
}

type Col = AnyPgColumn | SQL;
export type NameColumns = { name: Col; nameCs: Col };
export type AbbreviatedColumns = NameColumns & { abbreviation: Col };

/** The columns of a table alias in raw SQL (`o` → `o.name`, `o.name_cs`, `o.abbreviation`). */
export function aliasColumns(alias: string): AbbreviatedColumns {
  return { name: sql.raw(`${alias}.name`), nameCs: sql.raw(`${alias}.name_cs`), abbreviation: sql.raw(`${alias}.abbreviation`) };
}

/** `displayName` as SQL. */
export function displayNameSql(locale: Locale, c: NameColumns | string): SQL<string> {
  const cols = typeof c === "string" ? aliasColumns(c) : c;
  return locale === "cs" ? sql<string>`coalesce(${cols.nameCs}, ${cols.name})` : sql<string>`${cols.name}`;
}

/** `fullLabel` as SQL. */
export function fullLabelSql(locale: Locale, c: AbbreviatedColumns | string): SQL<string> {
  const cols = typeof c === "string" ? aliasColumns(c) : c;
  const name = displayNameSql(locale, cols);
  return sql<string>`(case when ${cols.abbreviation} is not null and strpos(${name}, ${cols.abbreviation}) = 0
    then ${cols.abbreviation} || ' – ' || ${name} else ${name} end)`;
}

/** `shortName` as SQL. */
export function shortNameSql(locale: Locale, c: AbbreviatedColumns | string): SQL<string> {
  const cols = typeof c === "string" ? aliasColumns(c) : c;
  return sql<string>`coalesce(${cols.abbreviation}, ${displayNameSql(locale, cols)})`;
}
