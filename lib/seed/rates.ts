import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describeErrors, RATE_SOURCES, storeRates } from "@/lib/rates/import";
import type { Tx } from "@/db/client";
import { exchangeRates } from "@/db/schema";
import { addCount, type Counts } from "./reference";

/** Sample ČNB files with invented rates (lib/seed/cnb/README.md), so the demo has estimates at once. */
export const SAMPLE_RATE_FILES = ["rok-2025.txt", "rok-2026.txt"] as const;
export const SAMPLE_RATES_FOLDER = path.join(process.cwd(), "lib/seed/cnb");

/**
 * Loads the sample rates once: when any sample rate is stored already, nothing is read, so a
 * coordinator's own import (or a removal of the samples) is never undone by the next start.
 */
export async function seedSampleRates(tx: Tx, counts: Counts): Promise<void> {
  const [any] = await tx.select({ c: exchangeRates.currency }).from(exchangeRates).where(eq(exchangeRates.source, RATE_SOURCES.sample)).limit(1);
  if (any) return;
  for (const file of SAMPLE_RATE_FILES) {
    const outcome = await storeRates(tx, readFileSync(path.join(SAMPLE_RATES_FOLDER, file), "utf8"), RATE_SOURCES.sample);
    if (!outcome.ok) throw new Error(`Vzorové kurzy ${file}:\n${describeErrors(outcome.errors)}`);
    addCount(counts, "exchange_rates", outcome.counts.inserted);
  }
}
