import { and, between, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { exchangeRates } from "@/db/schema";
import type { IsoDate } from "@/lib/dates";
import { parseCnbFile, type ParsedRate, type RateFileKind, type RateFileLanguage, type RateLineError } from "./cnb";

/** Where a stored rate came from: ČNB itself, or the invented samples the demo ships. */
export const RATE_SOURCES = { cnb: "CNB", sample: "CNB_SAMPLE" } as const;
export type RateSource = (typeof RATE_SOURCES)[keyof typeof RATE_SOURCES];

export type ImportCounts = {
  kind: RateFileKind;
  language: RateFileLanguage;
  from: IsoDate;
  to: IsoDate;
  /** Rates in the file. */
  rates: number;
  /** Dates and currencies new to the table. */
  inserted: number;
  /** Stored ones whose rate or amount the file corrects. */
  updated: number;
  /** Stored ones the file repeats exactly: a re-import changes nothing. */
  unchanged: number;
};

export type ImportOutcome = { ok: true; counts: ImportCounts } | { ok: false; errors: RateLineError[] };

/** "24.434000" and "24.434" are the same rate: compare decimals without their trailing zeros. */
const canonical = (rate: string) => (rate.includes(".") ? rate.replace(/0+$/, "").replace(/\.$/, "") : rate);

const BATCH = 500;

/**
 * Stores a ČNB file's rates: new (date, currency) pairs are inserted, changed ones corrected,
 * identical ones left alone, so importing the same file again changes nothing. Runs in the
 * caller's transaction (the mutation's, the seed's, the fetch's), which writes the one audit
 * event of the import with these counts.
 */
export async function storeRates(tx: Queryable, text: string, source: RateSource): Promise<ImportOutcome> {
  const parsed = parseCnbFile(text);
  if (!parsed.ok) return parsed;
  const { rates, from, to } = parsed;
  const currencies = [...new Set(rates.map((r) => r.currency))];
  const existing = await tx
    .select({ validOn: exchangeRates.validOn, currency: exchangeRates.currency, amount: exchangeRates.amount, rate: exchangeRates.rate })
    .from(exchangeRates)
    .where(and(inArray(exchangeRates.currency, currencies), between(exchangeRates.validOn, from, to)));
  const stored = new Map(existing.map((r) => [`${r.currency}|${r.validOn}`, r]));

  let inserted = 0;
  let updated = 0;
  const changed: ParsedRate[] = [];
  for (const r of rates) {
    const old = stored.get(`${r.currency}|${r.validOn}`);
    if (!old) inserted++;
    else if (old.amount !== r.amount || canonical(old.rate) !== canonical(r.rate)) updated++;
    else continue;
    changed.push(r);
  }
  for (let i = 0; i < changed.length; i += BATCH) {
    await tx
      .insert(exchangeRates)
      .values(changed.slice(i, i + BATCH).map((r) => ({ ...r, source })))
      .onConflictDoUpdate({
        target: [exchangeRates.currency, exchangeRates.validOn],
        set: {
          amount: sql`excluded.amount`,
          rate: sql`excluded.rate`,
          source: sql`excluded.source`,
          importedAt: sql`now()`,
        },
      });
  }
  return {
    ok: true,
    counts: { kind: parsed.kind, language: parsed.language, from, to, rates: rates.length, inserted, updated, unchanged: rates.length - inserted - updated },
  };
}

/** The refusal as one Czech text: "Řádek 4: …" per problem. */
export function describeErrors(errors: RateLineError[]): string {
  return errors.map((e) => `Řádek ${e.line}: ${e.message}`).join("\n");
}
