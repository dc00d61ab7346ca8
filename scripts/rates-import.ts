import { readFile } from "node:fs/promises";
import { closeDb, getDb } from "@/lib/db/connection";
import { describeDbError, runMigrations } from "@/db/migrate";
import { importRatesAsSystem, readRatesFrom } from "@/lib/rates/system";

/**
 * `npm run rates:import -- <file or URL>`: a ČNB daily or yearly file (Czech or English) into
 * the database of DATABASE_URL (or the embedded one). Idempotent; one audit event per import.
 * Exit codes: 0 imported, 2 malformed file (nothing imported), 1 anything else.
 */
const [target] = process.argv.slice(2);
if (!target) {
  console.error("Použití: npm run rates:import -- <soubor nebo URL kurzovního lístku ČNB>");
  process.exit(2);
}
try {
  const text = /^https?:\/\//i.test(target) ? await readRatesFrom(target) : await readFile(target, "utf8");
  const db = await getDb();
  await runMigrations(db);
  const outcome = await importRatesAsSystem(db, text, { origin: target, how: "npm run rates:import" });
  if (outcome.ok) {
    const c = outcome.counts;
    console.log(
      `Kurzy ČNB (Česká národní banka) ${c.from} – ${c.to}: ${c.rates} kurzů v souboru, nových ${c.inserted}, opravených ${c.updated}, beze změny ${c.unchanged}.`,
    );
  } else {
    console.error("Soubor nebyl načten, nic se nezměnilo:");
    for (const e of outcome.errors) console.error(`  Řádek ${e.line}: ${e.message}`);
    process.exitCode = 2;
  }
} catch (e) {
  console.error(`rates:import selhal:\n  ${describeDbError(e)}`);
  process.exitCode = 1;
} finally {
  await closeDb().catch(() => {});
}
