import { sql } from "drizzle-orm";
import { closeDb, getDb } from "@/lib/db/connection";
import { describeDbError, runMigrations } from "@/db/migrate";
import { seedAndCount } from "@/lib/seed";
import { todayInPrague } from "@/lib/dates";
import { SCALE, seedScale } from "@/lib/seed/scale";

/**
 * `npm run seed:scale`: fills the Postgres database of DATABASE_URL with a large city network's
 * worth of synthetic data (300 organisations, 20 000 people, 200 000 meetings, 2 000 000
 * attendance rows, 50 000 fees), for `npm run bench:dashboard`. Migrates and adds the reference
 * and demo seed first (the bench signs in as the demo manager). Refuses the embedded database:
 * this is a load test's data, not something to put in a local demo by accident.
 */
if (!process.env.DATABASE_URL?.trim()) {
  console.error("seed:scale potřebuje DATABASE_URL (skutečný Postgres); do vestavěné databáze data nevkládá.");
  process.exit(1);
}

try {
  const db = await getDb();
  await runMigrations(db);
  await seedAndCount(db, { demo: true });
  const started = Date.now();
  const tag = `S${Date.now().toString(36)}`;
  const counts = await seedScale(db, SCALE, { tag, today: todayInPrague() });
  // Fresh statistics for the planner, and a visibility map so that counts over attendance can be
  // answered from its indexes alone (index-only scans) from the first dashboard query on.
  await db.execute(sql`vacuum analyze`);
  console.log(`seed:scale (${tag}) hotovo za ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table}: ${n.toLocaleString("cs-CZ")}`);
  await closeDb();
} catch (e) {
  console.error(`seed:scale selhal:\n  ${describeDbError(e)}`);
  await closeDb().catch(() => {});
  process.exit(1);
}
