import { closeDb, getDb } from "@/db/client";
import { env } from "@/lib/env";

/**
 * Server start (Node runtime only): validate the environment and open the database, which in
 * embedded mode migrates and seeds it, then start the reminder worker unless it runs as its own
 * process (REMINDERS_WORKER=off). A bad variable or a data folder held by another process stops
 * the server here with a message that says so, not at the first request.
 */
export async function start(): Promise<void> {
  let stopWorker: (() => Promise<void>) | undefined;
  try {
    env();
    const db = await getDb();
    if (env().REMINDERS_WORKER === "in-app") {
      const { startReminderWorker } = await import("@/lib/reminders/worker");
      stopWorker = (await startReminderWorker(db)).stop;
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
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
