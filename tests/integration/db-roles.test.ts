import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { grantAppRole, RoleSetupError } from "@/db/roles";

/**
 * Real Postgres only (the integration-pglite project leaves this file out: the embedded database
 * keeps one role, see README). The attack: SQL that reaches the database through the app's own
 * role tries to erase or rewrite the audit trail.
 */
const suffix = randomBytes(4).toString("hex");
const ownerRole = `reg_owner_${suffix}`;
const appRole = `reg_app_${suffix}`;
const database = `registry_roles_${suffix}`;
const base = new URL(process.env.DATABASE_URL!);
const urlAs = (user: string, password?: string) => {
  const url = new URL(base);
  url.username = user;
  url.password = password ?? "";
  url.pathname = `/${database}`;
  return url.toString();
};
const ownerUrl = urlAs(ownerRole);
const appUrl = urlAs(appRole, `heslo-${suffix}`);

let admin: pg.Client;

beforeAll(async () => {
  const adminUrl = new URL(base);
  adminUrl.pathname = "/postgres";
  admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  // What a DBA does once: an owner that may create the app's role, and the database it owns.
  await admin.query(`create role ${ownerRole} login createrole`);
  await admin.query(`create database ${database} owner ${ownerRole}`);
});

afterAll(async () => {
  for (let i = 0; i < 100; i++) {
    const { rows } = await admin.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [database]);
    if (rows[0]!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`drop role if exists ${appRole}`);
  await admin.query(`drop role if exists ${ownerRole}`);
  await admin.end();
});

async function asApp<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("the app's database role and the audit trail", () => {
  it("migrates as the owner, creates the app role, and lets the app add and read audit events only", async () => {
    const owner = await openDb(ownerUrl);
    try {
      await runMigrations(owner.db);
      expect(await grantAppRole(owner.db, appUrl)).toEqual({ role: appRole, created: true });
    } finally {
      await owner.close();
    }

    const id = await asApp(async (app) => {
      // Ordinary work goes on: rows of other tables are written and changed.
      const user = await app.query<{ id: string }>(
        "insert into users (email, name, role) values ($1, 'Role Test', 'auditor') returning id",
        [`role-${suffix}@test.example`],
      );
      await app.query("update users set name = 'Role Test 2' where id = $1", [user.rows[0]!.id]);
      const event = await app.query<{ id: string }>(
        "insert into audit_events (entity, entity_id, action) values ('auth', $1, 'sign_in') returning id",
        [`role-${suffix}`],
      );
      const read = await app.query("select * from audit_events where id = $1", [event.rows[0]!.id]);
      expect(read.rowCount).toBe(1);
      // The reminder queue (pg-boss) creates its own tables at start, as the app.
      await app.query("create table pgboss.probe (id int)");
      return event.rows[0]!.id;
    });

    const attacks = [
      `update audit_events set action = 'nic' where id = ${id}`,
      `delete from audit_events where id = ${id}`,
      "truncate audit_events",
      "alter table audit_events disable trigger user",
      "alter table audit_events disable trigger all",
      "drop trigger audit_events_no_update_delete on audit_events",
      "drop table audit_events",
      "alter table audit_events rename to old_audit_events",
      // The owner's one-time wrapping of clear personal data (drizzle/0023) is not the app's to run.
      "select audit_seal_clear_personal()",
    ];
    const outcomes = await asApp(async (app) => {
      const codes: Record<string, string> = {};
      for (const statement of attacks) {
        codes[statement] = await app.query(statement).then(
          () => "succeeded",
          (e: { code?: string }) => e.code ?? "?",
        );
      }
      return codes;
    });
    // 42501: insufficient privilege / must be owner.
    expect(outcomes).toEqual(Object.fromEntries(attacks.map((s) => [s, "42501"])));
    const still = await admin.query("select 1");
    expect(still.rowCount).toBe(1);
    const kept = await asApp((app) => app.query("select action from audit_events where id = $1", [id]));
    expect(kept.rows).toEqual([{ action: "sign_in" }]);
  });

  it("still migrates as the owner through npm run db:migrate, idempotently, and refuses one role for both", async () => {
    const run = promisify(execFile);
    const { stdout } = await run("npx", ["tsx", "scripts/migrate.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: appUrl,
        DATABASE_OWNER_URL: ownerUrl,
        NEXTAUTH_SECRET: "x".repeat(32),
      },
    });
    expect(stdout).toContain(`Účet aplikace ${appRole}: oprávnění nastavena`);
    expect(stdout).toContain("Migrace: hotovo.");

    const owner = await openDb(ownerUrl);
    try {
      await expect(grantAppRole(owner.db, ownerUrl)).rejects.toBeInstanceOf(RoleSetupError);
    } finally {
      await owner.close();
    }
  }, 120_000);
});
