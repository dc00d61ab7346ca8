import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { isEmbedded } from "@/lib/env";

// Embedded mode migrates on open; with DATABASE_URL this is the deploy step.
try {
  const db = await getDb();
  if (!isEmbedded()) await runMigrations(db);
  console.log("Migrace: hotovo.");
  await closeDb();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
