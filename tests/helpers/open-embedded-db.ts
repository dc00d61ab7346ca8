/**
 * Run as a separate process by tests/integration/lock.test.ts: opens the embedded database in
 * DATA_DIR exactly as the app does at start (instrumentation.ts), and exits non-zero with the
 * message the app would print when it cannot.
 */
import { closeDb, getDb } from "@/lib/db/connection";

try {
  await getDb();
  console.log("opened");
  await closeDb();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
