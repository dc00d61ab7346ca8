import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, personAuditKeys } from "@/db/schema";
import { listAuditEvents } from "@/lib/audit-log/queries";
import { startExport, type ExportRequest } from "@/lib/exports/service";
import { anonymisePerson, createPerson, updatePerson } from "@/lib/people/commands";
import type { Actor } from "@/lib/permissions";
import { createRepresentation } from "@/lib/representation/commands";
import { makeActor, makeOrganisation, makePerson, unique } from "../helpers/factories";

let coordinator: Actor;
let auditor: Actor;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
  auditor = await makeActor("auditor");
});

async function collect(chunks: AsyncGenerator<string | Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(typeof c === "string" ? Buffer.from(c, "utf8") : c);
  return Buffer.concat(parts).toString("utf8");
}

/** Every text, varchar and json(b) column of every table in the public schema that holds `value`. */
async function whereFound(value: string): Promise<string[]> {
  const db = await getDb();
  const columns = (await db.execute<{ t: string; c: string }>(sql`select table_name as t, column_name as c
    from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'citext', 'USER-DEFINED')
      and (c.data_type <> 'USER-DEFINED' or c.udt_name = 'citext')`)).rows;
  expect(columns.length).toBeGreaterThan(20);
  const found: string[] = [];
  for (const { t, c } of columns) {
    const hit = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(t)} where ${sql.identifier(c)}::text ilike ${`%${value}%`}`,
    );
    if (hit.rows[0]!.n > 0) found.push(`${t}.${c}`);
  }
  return found;
}

const request = (r: Partial<ExportRequest> & Pick<ExportRequest, "kind">): ExportRequest => ({ format: "csv", style: "cs", columns: [], ...r });

describe("erasure reaches the audit log, which stays append-only", () => {
  it("create, edit, anonymise: the events remain, no clear personal value of the person is left anywhere", async () => {
    const tag = unique("x").replace(/[^a-z0-9]/gi, "").slice(-8);
    const first = `Bohumila${tag}`;
    const last = `Šťastná${tag}`;
    const email = `b.${tag}@praha.eu`;
    const phone1 = `+420 601 ${tag.replace(/\D/g, "").padEnd(3, "1").slice(0, 3)} 111`;
    const phone2 = `+420 602 ${tag.replace(/\D/g, "").padEnd(3, "2").slice(0, 3)} 222`;
    const created = await createPerson(coordinator, { firstName: first, lastName: last, title: "Ing.", email, phone: phone1 });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    const edited = await updatePerson(coordinator, { id, version: 1, firstName: first, lastName: last, title: "Ing.", email, phone: phone2 });
    if (!edited.ok) throw new Error(JSON.stringify(edited));
    const org = await makeOrganisation();
    expect((await createRepresentation(coordinator, { organisationId: org.id, personId: id, role: "primary_contact", validFrom: "2020-01-01" })).ok).toBe(true);

    // Before erasure: the log reads the values (decrypted), the table holds none of them in clear.
    const db = await getDb();
    const readable = await listAuditEvents(auditor, { entity: "person", entityId: id });
    const create = readable.rows.find((e) => e.action === "create")!;
    expect(create.after).toMatchObject({ firstName: first, lastName: last, email, phone: phone1 });
    const raw = await db.select().from(auditEvents).where(and(eq(auditEvents.entity, "person"), eq(auditEvents.entityId, id)));
    expect(JSON.stringify(raw)).not.toContain(last);
    const before = await whereFound(last);
    expect(before).toContain("people.last_name");
    expect(before.filter((c) => c.startsWith("audit_events."))).toEqual([]);

    const done = await anonymisePerson(coordinator, { id, version: 2, confirm: "on", reason: "Žádost subjektu údajů" });
    expect(done.ok).toBe(true);
    expect(await db.select().from(personAuditKeys).where(eq(personAuditKeys.personId, id))).toEqual([]);

    // The events are all still there, unaltered (append-only), and read "anonymised".
    const after = await listAuditEvents(auditor, { entity: "person", entityId: id });
    expect(after.rows.map((e) => e.action).sort()).toEqual(["anonymise", "create", "update"]);
    const rawAfter = await db.select().from(auditEvents).where(and(eq(auditEvents.entity, "person"), eq(auditEvents.entityId, id)));
    expect(rawAfter.filter((e) => e.action !== "anonymise")).toEqual(raw);
    expect(after.rows.find((e) => e.action === "create")!.after).toMatchObject({
      firstName: "[anonymizováno]", lastName: "[anonymizováno]", email: "[anonymizováno]", phone: "[anonymizováno]", title: "[anonymizováno]",
    });

    // Nowhere in the database...
    for (const value of [first, last, email, phone1, phone2]) expect({ value, found: await whereFound(value) }).toEqual({ value, found: [] });
    // ... nor in any export.
    for (const kind of ["organisations", "periods", "fees", "representations", "meetings", "assessments", "audit"] as const) {
      const file = await collect((await startExport(auditor, request({ kind }))).chunks);
      for (const value of [first, last, email, phone1, phone2]) expect({ kind, value, found: file.includes(value) }).toEqual({ kind, value, found: false });
    }
  });

  it("events older than crypto-shredding: the owner's one-time wrapping seals their clear personal fields, readable while the key lives, erased for the anonymised", async () => {
    const db = await getDb();
    const tag = unique("x").replace(/[^a-z0-9]/gi, "").slice(-8);
    const living = { firstName: `Ludmila${tag}`, lastName: `Stará${tag}`, email: `l.${tag}@praha.eu`, phone: `+420 603 ${tag.slice(0, 3)} 333`, title: "Mgr." };
    const gone = { firstName: `Vratislav${tag}`, lastName: `Dřívější${tag}`, email: `v.${tag}@praha.eu`, phone: `+420 604 ${tag.slice(0, 3)} 444`, title: "Ing." };
    const a = await makePerson(living);
    const b = await makePerson(gone);
    expect((await anonymisePerson(coordinator, { id: b.id, version: b.version, confirm: "on", reason: "Žádost subjektu údajů" })).ok).toBe(true);
    // As written before migration 0013: personal fields in clear (inserting is all the app may do).
    for (const [p, values] of [[a, living], [b, gone]] as const) {
      await db.insert(auditEvents).values({
        actorLabel: coordinator.email, entity: "person", entityId: p.id, action: "create", note: `legacy ${tag}`,
        after: { id: p.id, ...values, departmentId: null, demo: false },
      });
    }
    expect((await whereFound(living.lastName)).filter((c) => c.startsWith("audit_events."))).toEqual(["audit_events.after"]);
    const legacy = () => db.select().from(auditEvents).where(eq(auditEvents.note, `legacy ${tag}`));
    const rawBefore = await legacy();

    const sealed = await db.execute<{ n: number }>(sql`select audit_seal_clear_personal() as n`);
    expect(sealed.rows[0]!.n).toBeGreaterThanOrEqual(2);

    // Nothing in clear in the log any more; the living person's data only in the people table.
    for (const value of Object.values(living)) {
      if (value === "Mgr.") continue;
      expect({ value, found: await whereFound(value) }).toEqual({ value, found: expect.not.arrayContaining([expect.stringMatching(/^audit_events\./)]) });
    }
    for (const value of [gone.firstName, gone.lastName, gone.email, gone.phone]) expect({ value, found: await whereFound(value) }).toEqual({ value, found: [] });
    // Only the five personal fields changed: id, moment, actor, action and the other fields stay.
    const rawAfter = await legacy();
    for (const [i, row] of rawAfter.entries()) {
      const { before: _b, after: after, ...rest } = row;
      const { before: _b0, after: after0, ...rest0 } = rawBefore[i]!;
      expect(rest).toEqual(rest0);
      const other = (r: unknown) => Object.fromEntries(Object.entries(r as Record<string, unknown>).filter(([k]) => !["title", "firstName", "lastName", "email", "phone"].includes(k)));
      expect(other(after)).toEqual(other(after0));
      expect((after as Record<string, unknown>).lastName).toMatchObject({ $enc: expect.any(String) });
    }
    // Read through the log: the living person's values as before, the anonymised one's erased.
    const readA = (await listAuditEvents(auditor, { entity: "person", entityId: a.id })).rows.find((e) => e.note === `legacy ${tag}`)!;
    expect(readA.after).toMatchObject({ firstName: living.firstName, lastName: living.lastName, email: living.email, phone: living.phone });
    const readB = (await listAuditEvents(auditor, { entity: "person", entityId: b.id })).rows.find((e) => e.note === `legacy ${tag}`)!;
    expect(readB.after).toMatchObject({ firstName: "[anonymizováno]", lastName: "[anonymizováno]", email: "[anonymizováno]" });
    // The wrapping is itself in the log, and a second run finds nothing to do.
    const trace = await listAuditEvents(auditor, { entity: "audit_log", action: "seal_personal" });
    expect(trace.rows[0]!.after).toMatchObject({ migration: "0023_seal_legacy_personal" });
    expect((await db.execute<{ n: number }>(sql`select audit_seal_clear_personal() as n`)).rows[0]!.n).toBe(0);
    // The append-only trigger is back on.
    await expect(db.execute(sql`update audit_events set note = 'x' where id = ${rawAfter[0]!.id}`)).rejects.toThrow();
  });
});
