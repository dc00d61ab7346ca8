import { openDb, openEmbeddedDb, type Db, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { env } from "@/lib/env";

/**
 * The app's one database handle. With DATABASE_URL: a real Postgres (migrated by `npm run
 * db:migrate`). Without: the embedded PGlite in DATA_DIR, migrated and seeded with the demo
 * before the first query is let through, so that no early query races the migrations.
 */
async function open(): Promise<DbHandle> {
  const { DATABASE_URL, DATA_DIR } = env();
  if (DATABASE_URL) return openDb(DATABASE_URL);
  const handle = await openEmbeddedDb(DATA_DIR);
  try {
    await runMigrations(handle.db);
    const { seed } = await import("@/lib/seed");
    await seed(handle.db, { demo: true });
  } catch (e) {
    await handle.close();
    throw e;
  }
  return handle;
}

// Cached on globalThis so that hot reload in development opens no second pool or PGlite.
const g = globalThis as unknown as { __registryDb?: Promise<DbHandle> };

/** The database, opened (and in embedded mode migrated and seeded) on first use. */
export async function getDb(): Promise<Db> {
  g.__registryDb ??= open().catch((e: unknown) => {
    g.__registryDb = undefined;
    throw e;
  });
  return (await g.__registryDb).db;
}

/** Closes the database (tests, scripts). The next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const handle = g.__registryDb;
  g.__registryDb = undefined;
  if (handle) await (await handle).close();
}
