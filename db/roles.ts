import { sql } from "drizzle-orm";
import type { Db } from "./client";

/**
 * Two roles on a real Postgres: the owner (DATABASE_OWNER_URL) owns the tables and runs the
 * migrations; the app (DATABASE_URL) reads and writes rows, and may only INSERT and SELECT audit
 * events. Not owning audit_events, the app role cannot ALTER it (so cannot disable its
 * append-only trigger), DROP it, or TRUNCATE, UPDATE or DELETE its rows, whatever SQL reaches
 * the database through it. The embedded database keeps one role: it serves one local process.
 */

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The role (and password, if any) an app URL signs in with. */
export function appRoleOf(appUrl: string): { role: string; password: string | null } {
  const url = new URL(appUrl);
  const role = decodeURIComponent(url.username);
  if (!role) throw new Error("DATABASE_URL musí uvádět účet aplikace (postgres://účet:heslo@server/databáze).");
  return { role, password: url.password ? decodeURIComponent(url.password) : null };
}

export class RoleSetupError extends Error {
  override name = "RoleSetupError";
}

/**
 * Run as the owner, after the migrations: creates the app role if it does not exist (the owner
 * then needs CREATEROLE; a DBA may create it beforehand instead) and sets its privileges anew.
 * Idempotent: every `db:migrate` runs it, so tables added by later migrations are covered.
 */
export async function grantAppRole(owner: Db, appUrl: string): Promise<{ role: string; created: boolean }> {
  const { role, password } = appRoleOf(appUrl);
  // eslint-disable-next-line no-restricted-syntax -- deploy-time DDL run as the owner, no app write
  return owner.transaction(async (tx) => {
    const rows = (q: Awaited<ReturnType<typeof tx.execute>>) => q.rows as Record<string, unknown>[];
    const [me] = rows(await tx.execute(sql`select current_user as name`));
    if (me?.name === role) {
      throw new RoleSetupError("DATABASE_URL a DATABASE_OWNER_URL musí používat dva různé účty (aplikace a vlastník).");
    }
    const owned = rows(
      await tx.execute(sql`select tablename from pg_tables where schemaname = 'public' and tableowner = ${role} limit 5`),
    );
    if (owned.length > 0) {
      throw new RoleSetupError(
        `Účet aplikace ${role} vlastní tabulky (${owned.map((r) => String(r.tablename)).join(", ")}…), takže by mohl měnit auditní záznamy. ` +
          `Předejte je vlastníkovi: REASSIGN OWNED BY ${ident(role)} TO <vlastník>; (jako superuživatel), pak spusťte db:migrate znovu.`,
      );
    }
    const exists = rows(await tx.execute(sql`select 1 from pg_roles where rolname = ${role}`)).length > 0;
    if (!exists) {
      await tx.execute(sql.raw(`create role ${ident(role)} login${password ? ` password ${literal(password)}` : ""}`));
    }
    const r = ident(role);
    for (const statement of [
      `revoke create on schema public from public`,
      `grant usage on schema public to ${r}`,
      `grant select, insert, update, delete on all tables in schema public to ${r}`,
      `grant usage, select on all sequences in schema public to ${r}`,
      `revoke update, delete, truncate, references, trigger on audit_events from ${r}`,
      // The reminder queue (pg-boss) keeps its own tables in this schema and creates them itself
      // at the worker's start, as the app (so it owns them): queue state, nothing of the audit trail.
      `create schema if not exists pgboss`,
      `grant usage, create on schema pgboss to ${r}`,
    ]) {
      await tx.execute(sql.raw(statement));
    }
    return { role, created: !exists };
  });
}
