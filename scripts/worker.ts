/**
 * The reminder worker as a process of its own (`npm run worker`), for deployments that run the
 * app servers with REMINDERS_WORKER=off. Needs DATABASE_URL: the embedded database belongs to the
 * one app process that holds its folder.
 */
import { closeDb, getDb } from "@/lib/db/connection";
import { env, isEmbedded } from "@/lib/env";
import { startReminderWorker } from "@/lib/reminders/worker";

async function main() {
  env();
  if (isEmbedded()) {
    console.error("npm run worker potřebuje DATABASE_URL: vestavěnou databázi používá jen aplikace sama (REMINDERS_WORKER=in-app).");
    process.exit(1);
  }
  const worker = await startReminderWorker(await getDb());
  console.info("[reminders] worker running; Ctrl+C stops it");
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void worker.stop().then(() => closeDb()).finally(() => process.exit(0));
    });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
