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
    const [{ PGlite }, { drizzle }, { loadPgliteExtensions, MEMORY_DATA_DIR }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("drizzle-orm/pglite"),
      import("@/db/client"),
    ]);
    // The app's own extension set; "memory://", as PGlite ignores the options after a non-string.
    const client = new PGlite(MEMORY_DATA_DIR, { extensions: await loadPgliteExtensions() });
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
    try {
      const db = drizzle({ client: pool, schema, casing: "snake_case" });
      await runMigrations(db);
      await fn(db);
    } finally {
      await pool.end();
    }
  } finally {
    // pool.end() resolves before the server has closed the pool's sessions. Wait for them to go,
    // so that DROP … WITH (FORCE) never terminates one: its client would see FATAL 57P01 after
    // the pool has let go of it, with nothing left to catch the error.
    for (let i = 0; i < 100; i++) {
      const { rows } = await admin.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
      if (rows[0]!.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

