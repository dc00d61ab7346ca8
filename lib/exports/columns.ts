import type { Locale } from "@/lib/i18n/config";
import cs from "@/lib/i18n/messages/cs.json";
import en from "@/lib/i18n/messages/en.json";

/**
 * How a column's values are typed in the file. Values arrive from SQL already as text, numbers
 * or booleans (dates as 'YYYY-MM-DD', money as exact decimal strings, moments as Prague local
 * 'YYYY-MM-DD HH:MM:SS'), so both drivers deliver the same thing.
 */
export type CellType = "text" | "date" | "datetime" | "money" | "rate" | "integer" | "boolean" | "enum";

type Enums = typeof cs.enums;
export type EnumName = keyof Enums;

/**
 * The column names of the export kinds: exactly the keys of the Czech column labels, so a kind's
 * column without a label is a type error (and en.json must match cs.json, tests/unit/messages).
 */
export type ExportColumnKey = keyof typeof cs.audit.exports.columns;

/** One column; the engine takes any key, the kinds (ExportKind) only labelled ones. */
export type Column<K extends string = string> = {
  key: K;
  type: CellType;
  /** For `enum` columns: which `enums.*` labels to use. */
  enum?: EnumName;
};

export type CellValue = string | number | boolean | null;
/**
 * One row of an export as the writers take it: the values of the export's columns, by position
 * (value i belongs to column i). Arrays rather than objects keyed by column: a large export
 * reads millions of rows, and an object per row with its keys is most of the garbage it makes.
 */
export type ExportRow = readonly CellValue[];

/**
 * The messages an export file is written in: the language chosen on /exports (the UI's by
 * default); Czech, the language of record, wherever no language is given. en.json has cs.json's
 * keys (tests/unit/messages.test.ts).
 */
export const FILE_MESSAGES: Record<Locale, typeof cs> = { cs, en: en as unknown as typeof cs };

/** A column's header; the kinds' keys all have one (ExportColumnKey), other keys show as is. */
export function columnLabel(key: string, locale: Locale = "cs"): string {
  const labels: Record<string, string> = FILE_MESSAGES[locale].audit.exports.columns;
  return Object.hasOwn(labels, key) ? labels[key]! : key;
}

export function enumLabels(name: EnumName, locale: Locale = "cs"): Readonly<Record<string, string>> {
  return FILE_MESSAGES[locale].enums[name] as Record<string, string>;
}

export function enumLabel(name: EnumName, value: string, locale: Locale = "cs"): string {
  const labels = enumLabels(name, locale);
  return Object.hasOwn(labels, value) ? labels[value]! : value;
}
