import cs from "@/lib/i18n/messages/cs.json";

/**
 * How a column's values are typed in the file. Values arrive from SQL already as text, numbers
 * or booleans (dates as 'YYYY-MM-DD', money as exact decimal strings, moments as Prague local
 * 'YYYY-MM-DD HH:MM:SS'), so both drivers deliver the same thing.
 */
export type CellType = "text" | "date" | "datetime" | "money" | "integer" | "boolean" | "enum";

type Enums = typeof cs.enums;
export type EnumName = keyof Enums;

export type Column = {
  key: string;
  type: CellType;
  /** For `enum` columns: which `enums.*` labels to use. */
  enum?: EnumName;
};

export type CellValue = string | number | boolean | null;
export type ExportRow = Record<string, CellValue>;

/**
 * Export files are Czech documents made for Czech Excel, whatever the UI language of the person
 * who downloads them, so their headers and enum labels come from the Czech messages.
 */
const COLUMN_LABELS: Record<string, string> = cs.audit.exports.columns;

export function columnLabel(key: string): string {
  return COLUMN_LABELS[key] ?? key;
}

export function enumLabel(name: EnumName, value: string): string {
  const labels = cs.enums[name] as Record<string, string>;
  return labels[value] ?? value;
}
