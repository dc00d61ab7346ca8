import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import * as schema from "@/db/schema";
import { isEmbedded } from "@/lib/env";

/**
 * A database of its own, migrated and never seeded with demo data, for the reference-only case:
 * the shared test database (and the embedded one, which seeds demo data on open) cannot show
 * that `demo: false` creates no demo rows. Same driver as the project under test.
 */
export async function withFreshDb(fn: (db: Db) => Promise<void>): Promise<void> {
  if (isEmbedded()) {
    const [{ PGlite }, { drizzle }, { btree_gist }, { unaccent }, { pg_trgm }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("drizzle-orm/pglite"),
      import("@electric-sql/pglite/contrib/btree_gist"),
      import("@electric-sql/pglite/contrib/unaccent"),
      import("@electric-sql/pglite/contrib/pg_trgm"),
    ]);
    const client = new PGlite(undefined, { extensions: { btree_gist, unaccent, pg_trgm } });
    try {
      const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
      await runMigrations(db);
      await fn(db);
    } finally {
      await client.close();
    }
    return;
  }
  const { default: pg } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const base = new URL(process.env.DATABASE_URL!);
  const name = `registry_fresh_${randomBytes(6).toString("hex")}`;
  const adminUrl = new URL(base);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    // pool.end() resolves before its sockets close, so DROP … WITH (FORCE) below may still
    // terminate one: that connection's "terminating connection" error is expected, not a failure.
    pool.on("connect", (client) => client.on("error", () => undefined));
    try {
      const db = drizzle({ client: pool, schema, casing: "snake_case" });
      await runMigrations(db);
      await fn(db);
    } finally {
      await pool.end();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

