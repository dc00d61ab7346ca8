import { isIsoDate, type IsoDate } from "@/lib/dates";

/**
 * Parsers for the Czech National Bank's (ČNB) rate files, both published shapes, in either
 * language:
 *
 * - the daily fixing: `05.12.2026 #236` (the English file may write `05 Dec 2026 #236`), a header
 *   `země|měna|množství|kód|kurz` (English `Country|Currency|Amount|Code|Rate`), then one line per
 *   currency, `EMU|euro|1|EUR|24,325`;
 * - the yearly file: a header `Datum|1 AUD|…|1 EUR|…|100 JPY|…` naming each column by amount and
 *   code, then one row per fixing date `02.01.2026|15,123|…`; when an amount changes during the
 *   year a new header line starts the rows it applies to.
 *
 * The Czech files write a decimal comma, the English ones a decimal point; a separator that does
 * not match the file's language is refused rather than guessed. Rates stay decimal strings
 * ("24.325"), never JS numbers. Any malformed line refuses the whole file: each problem is
 * reported with its line number and a Czech reason, and nothing is imported.
 */

export type ParsedRate = { validOn: IsoDate; currency: string; amount: number; rate: string };
export type RateFileKind = "daily" | "yearly";
export type RateFileLanguage = "cs" | "en";
export type RateLineError = { line: number; message: string };

export type RateFileParse =
  | { ok: true; kind: RateFileKind; language: RateFileLanguage; rates: ParsedRate[]; from: IsoDate; to: IsoDate }
  | { ok: false; errors: RateLineError[] };

/** At most this many problems are listed; a wholly wrong file would otherwise list thousands. */
export const MAX_REPORTED_ERRORS = 20;

const MONTHS: Record<string, string> = {
  jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06",
  jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12",
};

/** "05.12.2026" or "05 Dec 2026" (the English daily file) → "2026-12-05"; null when not a date. */
export function parseCnbDate(text: string): IsoDate | null {
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  let iso: string | null = null;
  if (m) iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  m = iso ? null : /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) iso = `${m[3]}-${month}-${m[1]!.padStart(2, "0")}`;
  }
  return iso && isIsoDate(iso) ? iso : null;
}

const RATE_DECIMALS = 6; // numeric(18,6)
const RATE_INTEGER_DIGITS = 12;

/** "24,325" (cs) or "24.325" (en) → "24.325"; a Czech reason otherwise. */
export function parseCnbRate(text: string, language: RateFileLanguage): { ok: true; value: string } | { ok: false; message: string } {
  const sep = language === "cs" ? "," : ".";
  const other = language === "cs" ? "." : ",";
  if (text === "") return { ok: false, message: "chybí kurz" };
  if (text.includes(other) && !text.includes(sep)) {
    return {
      ok: false,
      message: language === "cs"
        ? `kurz „${text}“ má desetinnou tečku, český soubor píše desetinnou čárku`
        : `kurz „${text}“ má desetinnou čárku, anglický soubor píše desetinnou tečku`,
    };
  }
  const m = new RegExp(`^(\\d+)(?:\\${sep}(\\d+))?$`).exec(text);
  if (!m) return { ok: false, message: `kurz „${text}“ není kladné desetinné číslo` };
  const integer = m[1]!.replace(/^0+(?=\d)/, "");
  const fraction = m[2] ?? "";
  if (fraction.length > RATE_DECIMALS) return { ok: false, message: `kurz „${text}“ má víc než ${RATE_DECIMALS} desetinných míst` };
  if (integer.length > RATE_INTEGER_DIGITS) return { ok: false, message: `kurz „${text}“ je příliš velký` };
  if (/^0*$/.test(integer + fraction)) return { ok: false, message: "kurz musí být větší než nula" };
  return { ok: true, value: fraction ? `${integer}.${fraction}` : integer };
}

function parseAmount(text: string): number | null {
  if (!/^[1-9]\d{0,6}$/.test(text)) return null;
  return Number(text);
}

const CODE = /^[A-Z]{3}$/;
const DAILY_HEADERS: Record<RateFileLanguage, string> = {
  cs: "země|měna|množství|kód|kurz",
  en: "country|currency|amount|code|rate",
};

/** Splits the text into lines, numbered from 1; a BOM and Windows line ends are tolerated. */
function lines(text: string): { n: number; text: string }[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((t, i) => ({ n: i + 1, text: t.trim() }));
}

/** Either shape, recognised by its first non-empty line. */
export function parseCnbFile(text: string): RateFileParse {
  const all = lines(text);
  const first = all.find((l) => l.text !== "");
  if (!first) return { ok: false, errors: [{ line: 1, message: "Soubor je prázdný." }] };
  if (/^(datum|date)\|/i.test(first.text)) return parseYearly(all);
  return parseDaily(all);
}

function finish(kind: RateFileKind, language: RateFileLanguage, rates: ParsedRate[], errors: RateLineError[]): RateFileParse {
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  if (rates.length === 0) return { ok: false, errors: [{ line: 1, message: "Soubor neobsahuje žádný kurz." }] };
  const dates = rates.map((r) => r.validOn).sort();
  return { ok: true, kind, language, rates, from: dates[0]!, to: dates[dates.length - 1]! };
}

function parseDaily(all: { n: number; text: string }[]): RateFileParse {
  const errors: RateLineError[] = [];
  const content = all.filter((l) => l.text !== "");
  const [title, header, ...body] = content;
  const m = /^(.+?)\s+#\s*\d+$/.exec(title!.text);
  const validOn = m ? parseCnbDate(m[1]!) : null;
  if (!validOn) {
    return {
      ok: false,
      errors: [{ line: title!.n, message: `První řádek má být datum a pořadové číslo kurzovního lístku, např. „05.12.2026 #236“ nebo hlavička ročního souboru „Datum|1 AUD|…“; je tam „${title!.text.slice(0, 60)}“.` }],
    };
  }
  if (!header) return { ok: false, errors: [{ line: title!.n + 1, message: "Chybí hlavička „země|měna|množství|kód|kurz“." }] };
  const language = (Object.keys(DAILY_HEADERS) as RateFileLanguage[]).find((l) => DAILY_HEADERS[l] === header.text.toLowerCase());
  if (!language) {
    return { ok: false, errors: [{ line: header.n, message: `Hlavička má být „země|měna|množství|kód|kurz“ (anglicky „Country|Currency|Amount|Code|Rate“); je tam „${header.text.slice(0, 60)}“.` }] };
  }
  const rates: ParsedRate[] = [];
  const seen = new Set<string>();
  for (const l of body) {
    const cells = l.text.split("|").map((c) => c.trim());
    if (cells.length !== 5) {
      errors.push({ line: l.n, message: `Řádek má mít 5 polí oddělených „|“ (země|měna|množství|kód|kurz), má ${cells.length}.` });
      continue;
    }
    const [, , amountText, code, rateText] = cells as [string, string, string, string, string];
    const problems: string[] = [];
    if (!CODE.test(code)) problems.push(`kód měny „${code}“ nejsou tři velká písmena`);
    const amount = parseAmount(amountText);
    if (amount === null) problems.push(`množství „${amountText}“ není kladné celé číslo`);
    const rate = parseCnbRate(rateText, language);
    if (!rate.ok) problems.push(rate.message);
    if (CODE.test(code) && seen.has(code)) problems.push(`měna ${code} je v lístku podruhé`);
    seen.add(code);
    if (problems.length > 0 || amount === null || !rate.ok) {
      errors.push({ line: l.n, message: capitalise(problems.join("; ")) + "." });
      continue;
    }
    rates.push({ validOn, currency: code, amount, rate: rate.value });
  }
  return finish("daily", language, rates, errors);
}

type Column = { currency: string; amount: number } | null;

function parseYearly(all: { n: number; text: string }[]): RateFileParse {
  const errors: RateLineError[] = [];
  const rates: ParsedRate[] = [];
  let columns: Column[] = [];
  let language: RateFileLanguage = "cs";
  const seenDates = new Set<string>();
  for (const l of all) {
    if (l.text === "") continue;
    const cells = l.text.split("|").map((c) => c.trim());
    if (/^(datum|date)$/i.test(cells[0]!)) {
      // A header, at the top or where an amount changed during the year.
      language = /^date$/i.test(cells[0]!) ? "en" : "cs";
      columns = cells.slice(1).map((c, i) => {
        const m = /^(\d{1,7}) ([A-Z]{3})$/.exec(c);
        const amount = m ? parseAmount(m[1]!) : null;
        if (!m || amount === null) {
          errors.push({ line: l.n, message: `Sloupec ${i + 2} hlavičky má být množství a kód měny, např. „1 EUR“ nebo „100 JPY“; je tam „${c}“.` });
          return null;
        }
        return { currency: m[2]!, amount };
      });
      continue;
    }
    const validOn = parseCnbDate(cells[0]!);
    if (!validOn) {
      errors.push({ line: l.n, message: `Řádek má začínat datem ve tvaru DD.MM.RRRR; je tam „${cells[0]!.slice(0, 30)}“.` });
      continue;
    }
    if (cells.length - 1 !== columns.length) {
      errors.push({ line: l.n, message: `Řádek má ${cells.length - 1} kurzů, hlavička ${columns.length} měn.` });
      continue;
    }
    if (seenDates.has(validOn)) {
      errors.push({ line: l.n, message: `Datum ${cells[0]} je v souboru podruhé.` });
      continue;
    }
    seenDates.add(validOn);
    cells.slice(1).forEach((cell, i) => {
      const column = columns[i];
      // An empty cell: that currency was not fixed that day (not yet, or no longer, listed).
      if (!column || cell === "") return;
      const rate = parseCnbRate(cell, language);
      if (!rate.ok) {
        errors.push({ line: l.n, message: `Sloupec ${column.amount} ${column.currency}: ${rate.message}.` });
        return;
      }
      rates.push({ validOn, currency: column.currency, amount: column.amount, rate: rate.value });
    });
  }
  return finish("yearly", language, rates, errors);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
