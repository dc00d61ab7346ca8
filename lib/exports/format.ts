import { formatDate } from "@/lib/i18n/format";
import { decimalComma } from "@/lib/money";
import { enumLabel, enumLabels, type CellValue, type Column } from "./columns";
import { neutralise } from "./neutralise";
import type { Locale } from "@/lib/i18n/config";

export type CsvStyle = {
  /**
   * The file language's own formats (cs: 31. 12. 2003, 1234,50; en: 31/12/2003, 1234.50) rather
   * than ISO dates and a decimal point.
   */
  czech: boolean;
  /** The file's language (headers, enum labels, yes/no, formats); Czech when not given. */
  locale?: Locale;
};

// Dates repeat a lot in an export (meeting days, due dates): format each once.
const localDates = new Map<string, string>();
function localDate(iso: string, locale: Locale): string {
  const key = `${locale}${iso}`;
  let s = localDates.get(key);
  if (s === undefined) {
    s = formatDate(iso, locale);
    if (localDates.size > 50_000) localDates.clear();
    localDates.set(key, s);
  }
  return s;
}

/** One CSV cell as text (not yet quoted for CSV). Text cells are neutralised against formula injection. */
export function csvCell(column: Column, value: CellValue | undefined, style: CsvStyle): string {
  return csvFormatter(column, style)(value);
}

export type CellFormatter = (value: CellValue | undefined) => string;

/**
 * The function that formats one column's cells, made once per column and export rather than
 * deciding by the column's type on every cell of a million rows. Enum labels are looked up,
 * neutralised once per label, not per cell.
 */
export function csvFormatter(column: Column, style: CsvStyle): CellFormatter {
  const locale = style.locale ?? "cs";
  const YES = enumLabel("yesNo", "yes", locale);
  const NO = enumLabel("yesNo", "no", locale);
  const czechDate = (iso: string) => localDate(iso, locale);
  switch (column.type) {
    case "text":
      return (v) => (v === null || v === undefined ? "" : neutralise(String(v)));
    case "enum": {
      const labels = new Map(Object.entries(enumLabels(column.enum!, locale)).map(([k, label]) => [k, neutralise(label)]));
      return (v) => (v === null || v === undefined ? "" : (labels.get(String(v)) ?? neutralise(String(v))));
    }
    case "boolean":
      return (v) => (v === null || v === undefined ? "" : v ? YES : NO);
    case "integer":
      return (v) => (v === null || v === undefined ? "" : String(v));
    case "money":
    case "rate":
      return style.czech && locale === "cs"
        ? (v) => (v === null || v === undefined ? "" : decimalComma(String(v)))
        : (v) => (v === null || v === undefined ? "" : String(v));
    case "date":
      return style.czech
        ? (v) => (v === null || v === undefined ? "" : czechDate(String(v)))
        : (v) => (v === null || v === undefined ? "" : String(v));
    case "datetime":
      return style.czech
        ? (v) => {
            if (v === null || v === undefined) return "";
            const s = String(v);
            return `${czechDate(s.slice(0, 10))} ${s.slice(11)}`;
          }
        : (v) => (v === null || v === undefined ? "" : String(v));
  }
}

/** A calendar date or a Prague wall-clock moment as the Date Excel's serial number is made from. */
function excelDate(value: string): Date {
  const [y, m, d] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  const [hh = 0, mm = 0, ss = 0] = value.length > 10 ? value.slice(11).split(":").map(Number) : [];
  return new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
}

export type XlsxValue = string | number | Date | null;

/**
 * One XLSX cell, typed: dates as dates, money and counts as numbers (the column's number format
 * shows them), text neutralised. Money becomes a binary double only here, in the file, because
 * that is what a spreadsheet cell holds; 14 significant digits keep every cent exact.
 */
export function xlsxCell(column: Column, value: CellValue | undefined, locale: Locale = "cs"): XlsxValue {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case "text":
      return neutralise(String(value));
    case "enum":
      return neutralise(enumLabel(column.enum!, String(value), locale));
    case "boolean":
      return enumLabel("yesNo", value ? "yes" : "no", locale);
    case "integer":
    case "money":
    case "rate":
      return Number(value);
    case "date":
    case "datetime":
      return excelDate(String(value));
  }
}

export const XLSX_NUMBER_FORMATS: Partial<Record<Column["type"], string>> = {
  date: "d. m. yyyy",
  datetime: "d. m. yyyy h:mm:ss",
  money: "#,##0.00",
  // ČNB publishes three decimals; up to six are kept.
  rate: "#,##0.000###",
  integer: "0",
};

/** The same in an English file: dates day/month/year as en-GB writes them. */
export const XLSX_NUMBER_FORMATS_EN: Partial<Record<Column["type"], string>> = {
  date: "dd/mm/yyyy",
  datetime: "dd/mm/yyyy hh:mm:ss",
  money: "#,##0.00",
  // ČNB publishes three decimals; up to six are kept.
  rate: "#,##0.000###",
  integer: "0",
};
