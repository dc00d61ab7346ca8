import { closeDb, getDb } from "@/lib/db/connection";
import { describeDbError } from "@/db/migrate";
import { seedAndCount } from "@/lib/seed";
import { isEmbedded } from "@/lib/env";

/**
 * `npm run db:seed [-- --demo]`: reference data (and with --demo the demo data and demo accounts)
 * into the database of DATABASE_URL, or the embedded one. Run `npm run db:migrate` first.
 * NOTE: the embedded database seeds itself, with demo data, whenever it is opened; there this
 * script only confirms that nothing is missing.
 */
const demo = process.argv.slice(2).includes("--demo");

try {
  const db = await getDb();
  const counts = await seedAndCount(db, { demo });
  const summary = Object.entries(counts).map(([table, n]) => `  ${table}: ${n}`);
  console.log(
    summary.length > 0
      ? `Seed${demo ? " (s demo daty)" : ""}: vloženo\n${summary.join("\n")}`
      : `Seed${demo ? " (s demo daty)" : ""}: nic nechybělo, databáze se nezměnila.`,
  );
  if (isEmbedded() && !demo) console.log("Pozn.: vestavěná databáze se při otevření plní i demo daty.");
  await closeDb();
} catch (e) {
  console.error(`Seed selhal:\n  ${describeDbError(e)}`);
  await closeDb().catch(() => {});
  process.exit(1);
}
