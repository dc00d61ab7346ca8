/**
 * Formula-injection defence (OWASP "CSV injection", ASVS 5.0 V1.2.10): a spreadsheet treats a
 * cell that begins with one of these characters as a formula (tab and CR too, because Excel
 * strips them and reads what follows). Such text gets a leading apostrophe, which Excel and
 * LibreOffice show as plain text and never evaluate. Applied to every TEXT cell of every export,
 * CSV and XLSX alike; numbers and dates are typed by us and never pass through here.
 */
export const FORMULA_START_CHARS = ["=", "+", "-", "@", "\t", "\r"] as const;

// NOTE: a lookup by the first character's code rather than a regular expression: this runs on
// every text cell of a million-row export.
const FORMULA_START = new Set<number>(FORMULA_START_CHARS.map((c) => c.charCodeAt(0)));

export function neutralise(text: string): string {
  return text.length > 0 && FORMULA_START.has(text.charCodeAt(0)) ? `'${text}` : text;
}
