import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { drizzle } from "drizzle-orm/node-postgres";
import type { Db } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import * as schema from "../../db/schema";

/**
 * One fresh database per run of the Postgres project, migrated once with the app's own
 * migrator, and dropped at the end whatever happened. Tests never share records: each makes
 * its own with unique keys.
 */
const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    nextauthSecret: string;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(
      `Postgres na ${ADMIN_URL} není dostupný (${e instanceof Error ? e.message : String(e)}). ` +
        `Integrační testy potřebují Postgres na 127.0.0.1:5432 (uživatel postgres, trust).`,
      { cause: e },
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const name = `registry_test_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(ADMIN_URL, name);

  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const db = drizzle({ client: pool, schema, casing: "snake_case" }) as Db;
    await runMigrations(db);
  } finally {
    await pool.end();
  }

  project.provide("databaseUrl", url);
  // Generated per run: no secret is committed, and none outlives the run.
  project.provide("nextauthSecret", randomBytes(32).toString("base64url"));

  return async () => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
}
