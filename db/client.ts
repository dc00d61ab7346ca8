import path from "node:path";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { env } from "@/lib/env";
import { acquireDataDirLock } from "./lock";
import { runMigrations } from "./migrate";
import * as schema from "./schema";

/**
 * The one database client. With DATABASE_URL: node-postgres. Without: embedded PGlite in
 * DATA_DIR, migrated and seeded (with demo users) before the first query is let through, so no
 * early query races the migrations. Both drivers expose the same Drizzle API; the PGlite
 * instance is typed as the node-postgres one so that every query and type serves both.
 */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database handle or a transaction: what query helpers accept. */
export type Queryable = Db | Tx;

export const MEMORY_DATA_DIR = "memory://";

type Handle = { db: Db; close: () => Promise<void>; driver: "pg" | "pglite" };

/** A separate node-postgres handle (the owner's, for db:migrate); the caller closes it. */
export async function openDb(url: string): Promise<Pick<Handle, "db" | "close">> {
  return openPg(url);
}

async function openPg(url: string): Promise<Handle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  // JIT off: the app's statements are short or index-driven, and compiling them cost more than it
  // saved (80 ms of the dashboard's 300 ms aggregation on 2 000 000 attendance rows).
  const pool = new Pool({ connectionString: url, max: 10, options: "-c jit=off" });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", (e) => console.error("[db] idle connection lost:", e.message));
  const db = drizzle({ client: pool, schema, casing: "snake_case" });
  return { db, driver: "pg", close: () => pool.end() };
}

async function openPglite(dataDir: string): Promise<Handle> {
  const memory = dataDir === MEMORY_DATA_DIR;
  const release = memory ? () => {} : acquireDataDirLock(dataDir);
  try {
    const [{ PGlite }, { drizzle }, extensions] = await Promise.all([
      import("@electric-sql/pglite"),
      import("drizzle-orm/pglite"),
      loadPgliteExtensions(),
    ]);
    // NOTE: "memory://", not undefined: PGlite ignores the options (and so the extensions) when
    // its first argument is not a string, and the migrations then run without btree_gist.
    const client = new PGlite(memory ? MEMORY_DATA_DIR : path.join(dataDir, "pg"), { extensions });
    await client.waitReady;
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
    return {
      db,
      driver: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

/** The extensions the embedded database loads (the same set as a real Postgres has). */
export async function loadPgliteExtensions() {
  const [{ btree_gist }, { unaccent }, { pg_trgm }, { citext }, { pgcrypto }] = await Promise.all([
    import("@electric-sql/pglite/contrib/btree_gist"),
    import("@electric-sql/pglite/contrib/unaccent"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("@electric-sql/pglite/contrib/citext"),
    import("@electric-sql/pglite/contrib/pgcrypto"),
  ]);
  return { btree_gist, unaccent, pg_trgm, citext, pgcrypto };
}

async function open(): Promise<Handle> {
  const { DATABASE_URL, DATA_DIR } = env();
  if (DATABASE_URL) return openPg(DATABASE_URL);
  const handle = await openPglite(DATA_DIR);
  try {
    await runMigrations(handle.db);
    const { seed } = await import("./seed");
    await seed(handle.db, { demo: true });
  } catch (e) {
    await handle.close();
    throw e;
  }
  return handle;
}

// Cached on globalThis so that hot reload in development opens no second pool or PGlite.
const g = globalThis as unknown as { __registryDb?: Promise<Handle> };

/** The database, opened (and in embedded mode migrated and seeded) on first use. */
export async function getDb(): Promise<Db> {
  g.__registryDb ??= open().catch((e: unknown) => {
    g.__registryDb = undefined;
    throw e;
  });
  return (await g.__registryDb).db;
}

export async function getDriver(): Promise<Handle["driver"]> {
  await getDb();
  return (await g.__registryDb!).driver;
}

/** Closes the database (tests, scripts). The next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const handle = g.__registryDb;
  g.__registryDb = undefined;
  if (handle) await (await handle).close();
}
