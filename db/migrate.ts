import path from "node:path";
import type { Db } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

/** Walks an error's cause chain for what Postgres said (pg and PGlite both carry `code`). */
export function describeDbError(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    const { message, code, detail, hint, position } = e as Record<string, unknown>;
    if (typeof message === "string") {
      parts.push([code ? `[${String(code)}]` : "", message].filter(Boolean).join(" "));
    }
    if (detail) parts.push(`detail: ${String(detail)}`);
    if (hint) parts.push(`hint: ${String(hint)}`);
    if (position) parts.push(`position: ${String(position)}`);
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join("\n  ");
}

/**
 * Applies the committed migrations in drizzle/ with the migrator of the driver in use.
 * Not `drizzle-kit migrate`: some of its versions hide the SQL error; this prints it.
 */
export async function runMigrations(db: Db): Promise<void> {
  const isPglite = (db as unknown as { $client: object }).$client.constructor.name === "PGlite";
  try {
    if (isPglite) {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    } else {
      const { migrate } = await import("drizzle-orm/node-postgres/migrator");
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    }
  } catch (e) {
    throw new Error(`Migrace databáze selhala:\n  ${describeDbError(e)}`, { cause: e });
  }
}
