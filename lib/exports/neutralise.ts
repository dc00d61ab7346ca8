/**
 * Formula-injection defence (OWASP "CSV injection", ASVS 5.0 V1.2.10): a spreadsheet treats a
 * cell that begins with one of these characters as a formula (tab and CR too, because Excel
 * strips them and reads what follows). Such text gets a leading apostrophe, which Excel and
 * LibreOffice show as plain text and never evaluate. Applied to every TEXT cell of every export,
 * CSV and XLSX alike; numbers and dates are typed by us and never pass through here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
