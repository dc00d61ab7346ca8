import { closeDb, getDb } from "@/lib/db/connection";
import { runMigrations } from "@/db/migrate";
import { grantAppRole } from "@/db/roles";
import { env, isEmbedded } from "@/lib/env";

/**
 * The deploy step on a real Postgres. With DATABASE_OWNER_URL: migrations run as the owner, and
 * the app's role (DATABASE_URL) is created if missing and given row access only (db/roles.ts).
 * Without it: one role, as before. Embedded mode migrates on open and keeps one role.
 */
try {
  const { DATABASE_URL, DATABASE_OWNER_URL } = env();
  if (isEmbedded()) {
    await getDb();
  } else if (DATABASE_OWNER_URL) {
    const { openDb } = await import("@/db/client");
    const owner = await openDb(DATABASE_OWNER_URL);
    try {
      await runMigrations(owner.db);
      const { role, created } = await grantAppRole(owner.db, DATABASE_URL!);
      console.log(`Účet aplikace ${role}: ${created ? "založen a " : ""}oprávnění nastavena (audit jen čtení a zápis nových záznamů).`);
    } finally {
      await owner.close();
    }
  } else {
    await runMigrations(await getDb());
    console.log("Upozornění: bez DATABASE_OWNER_URL běží aplikace i migrace pod jedním účtem, který smí auditní záznamy mazat.");
  }
  console.log("Migrace: hotovo.");
  await closeDb();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
