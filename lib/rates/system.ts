import type { Db } from "@/db/client";
import { writeAuditEvent } from "@/lib/audit";
import { RATE_SOURCES, storeRates, type ImportOutcome } from "./import";

/** How long a download of a rate file may take before it counts as failed. */
const FETCH_TIMEOUT_MS = 15_000;

/** The body of a rate file at a URL; a non-2xx answer is an error naming the status. */
export async function readRatesFrom(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${url} odpověděl ${response.status} ${response.statusText}`.trim());
  return response.text();
}

/**
 * An import nobody signed in to start (the command line, the daily fetch): one transaction,
 * one audit event without an actor, naming how it ran and from where.
 */
export async function importRatesAsSystem(db: Db, text: string, by: { origin: string; how: string }): Promise<ImportOutcome> {
  return db.transaction(async (tx) => {
    const outcome = await storeRates(tx, text, RATE_SOURCES.cnb);
    if (outcome.ok) {
      await writeAuditEvent(tx, null, {
        entity: "exchange_rates",
        entityId: null,
        action: "import",
        after: { ...outcome.counts, origin: by.origin, source: RATE_SOURCES.cnb },
        note: `Kurzy ČNB (Česká národní banka), ${by.how}`,
      });
    }
    return outcome;
  });
}
