import path from "node:path";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { acquireDataDirLock } from "./lock";
import * as schema from "./schema";

/**
 * Opening the database with either driver: node-postgres for a real Postgres, or the embedded
 * PGlite in a data folder. Both expose the same Drizzle API; the PGlite instance is typed as the
 * node-postgres one so that every query and type serves both. Which one the app uses, and the
 * embedded mode's migrate-and-seed on first open, is the application's business
 * (lib/db/connection.ts): this module, like all of db/, imports nothing from lib/.
 */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database handle or a transaction: what query helpers accept. */
export type Queryable = Db | Tx;

export const MEMORY_DATA_DIR = "memory://";

export type DbHandle = { db: Db; close: () => Promise<void> };

/** A separate node-postgres handle (the owner's, for db:migrate); the caller closes it. */
export async function openDb(url: string): Promise<DbHandle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  // JIT off: the app's statements are short or index-driven, and compiling them cost more than it
  // saved (80 ms of the dashboard's 300 ms aggregation on 2 000 000 attendance rows).
  const pool = new Pool({ connectionString: url, max: 10, options: "-c jit=off" });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", (e) => console.error("[db] idle connection lost:", e.message));
  const db = drizzle({ client: pool, schema, casing: "snake_case" });
  return { db, close: () => pool.end() };
}

/** The embedded database in `dataDir` (or in memory), locked against a second process. */
export async function openEmbeddedDb(dataDir: string): Promise<DbHandle> {
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
