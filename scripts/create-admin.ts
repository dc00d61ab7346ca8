import { closeDb, getDb } from "@/lib/db/connection";
import { describeDbError, runMigrations } from "@/db/migrate";
import { createFirstAdmin } from "@/lib/users/first-admin";

/**
 * `npm run admin:create -- <e-mail> "<name>"`, with the password in ADMIN_PASSWORD (read it
 * with `read -rs ADMIN_PASSWORD; export ADMIN_PASSWORD` so that it stays out of the shell's
 * history and the process list): the first administrator of the database in DATABASE_URL
 * (or of the embedded one), migrated first. Refuses once an active administrator exists.
 */
const [email, name] = process.argv.slice(2);
try {
  const db = await getDb();
  await runMigrations(db); // a new database gets its tables first; an up-to-date one is left alone
  const result = await createFirstAdmin(db, { email, name, password: process.env.ADMIN_PASSWORD });
  if (result.ok) {
    console.log(`Správce ${email} založen. Další účty zakládá v aplikaci (Správa uživatelů).`);
  } else if (result.reason === "adminExists") {
    console.error("Aktivní správce už existuje: další účty zakládá on v aplikaci (Správa uživatelů).");
    process.exitCode = 1;
  } else {
    console.error('Použití: ADMIN_PASSWORD=… npm run admin:create -- <e-mail> "<jméno>"');
    for (const [field, message] of Object.entries(result.errors)) console.error(`  ${field}: ${message}`);
    process.exitCode = 2;
  }
} catch (e) {
  console.error(`admin:create selhal:\n  ${describeDbError(e)}`);
  process.exitCode = 1;
} finally {
  await closeDb().catch(() => {});
}
