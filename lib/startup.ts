import { closeDb, getDb } from "@/lib/db/connection";
import { demoExposureRefusal, listeningAddresses } from "@/lib/demo-guard";
import { env, isEmbedded } from "@/lib/env";
import { installPeerAddressStamp } from "@/lib/peer-address";
import { FETCH_CHECK_INTERVAL_MS, fetchRatesIfDue } from "@/lib/rates/fetch";

/** The daily ČNB fetch: checked now and every quarter of an hour; never blocks or stops the app. */
function scheduleRateFetch(url: string) {
  const check = () =>
    getDb()
      .then((db) => fetchRatesIfDue(db, url))
      .then((o) => {
        if (o.status === "imported" || o.status === "failed") console.info(`[rates] ${o.status}: ${o.message}`);
      })
      .catch((e) => console.error("[rates] fetch check failed", e));
  void check();
  setInterval(check, FETCH_CHECK_INTERVAL_MS).unref();
}

/**
 * Server start (Node runtime only): validate the environment and open the database, which in
 * embedded mode migrates and seeds it, then start the reminder worker unless it runs as its own
 * process (REMINDERS_WORKER=off). A bad variable or a data folder held by another process stops
 * the server here with a message that says so, not at the first request; so does the embedded
 * demo (public passwords) served on a network address without DEMO=1.
 */
export async function start(): Promise<void> {
  installPeerAddressStamp();
  let stopWorker: (() => Promise<void>) | undefined;
  try {
    env();
    const refusal = demoExposureRefusal({ embedded: isEmbedded(), demo: env().DEMO, addresses: listeningAddresses() });
    if (refusal) throw new Error(refusal);
    const db = await getDb();
    if (env().REMINDERS_WORKER === "in-app") {
      const { startReminderWorker } = await import("@/lib/reminders/worker");
      stopWorker = (await startReminderWorker(db)).stop;
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
  const url = env().CNB_RATES_URL;
  if (url) scheduleRateFetch(url);
  // Stop the worker between jobs, then close PGlite cleanly (and release its folder lock).
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void (stopWorker?.() ?? Promise.resolve())
        .catch(() => {})
        .then(() => closeDb())
        .finally(() => process.exit(0));
    });
  }
}
