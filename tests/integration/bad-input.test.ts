import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { formSubmissions, people } from "@/db/schema";
import { auditFilterSchema, listAuditEvents } from "@/lib/audit-log/queries";
import { refusalState } from "@/lib/form-state";
import { searchPeople } from "@/lib/meetings/queries";
import { listOrganisations, listParamsSchema } from "@/lib/organisations/queries";
import { createPerson, updatePerson } from "@/lib/people/commands";
import { listPeople, peopleParamsSchema } from "@/lib/people/queries";
import type { Actor } from "@/lib/permissions";
import { getRepresentationMatrix, matrixParamsSchema } from "@/lib/representation/queries";
import { DATE_MESSAGE, NUL_MESSAGE } from "@/lib/validation";
import { makeActor, unique } from "../helpers/factories";

/**
 * What Postgres cannot take never reaches it: the shared refinements stop it in every parser
 * (lists, forms) with a Czech message, and a form sent twice is written once.
 */
let coordinator: Actor;
let admin: Actor;
beforeAll(async () => {
  coordinator = await makeActor("coordinator");
  admin = await makeActor("admin");
});

describe("the database refuses what the parsers now stop", () => {
  it("NUL in text and year 0000 fail at the query (why the parsers must catch them first)", async () => {
    const db = await getDb();
    await expect(db.execute(sql`select ${"a\u0000b"}::text`)).rejects.toThrow();
    await expect(db.execute(sql`select ${"0000-01-01"}::date`)).rejects.toThrow();
  });
});

describe("list filters from the URL", () => {
  it("drop a NUL search or an impossible day instead of querying with it", async () => {
    const orgs = listParamsSchema.parse({ q: "\u0000", asOf: "0000-01-01" });
    expect(orgs).toMatchObject({ q: undefined, asOf: undefined });
    await expect(listOrganisations(coordinator, orgs)).resolves.toBeTruthy();

    const folks = peopleParamsSchema.parse({ q: "Nov\u0000ák" });
    expect(folks.q).toBeUndefined();
    await expect(listPeople(coordinator, folks)).resolves.toBeTruthy();

    const matrix = matrixParamsSchema.parse({ q: "\u0000", asOf: "0000-01-01" });
    expect(matrix).toMatchObject({ q: undefined, asOf: undefined });
    await expect(getRepresentationMatrix(coordinator, { q: matrix.q, asOf: matrix.asOf, all: true })).resolves.toBeTruthy();

    await expect(searchPeople(coordinator, { q: "no\u0000vak" })).resolves.toEqual([]);

    const audit = auditFilterSchema.parse({ entity: "\u0000", action: "\u0000", entityId: "\u0000", from: "0000-12-31", to: "9999-12-31" });
    expect(audit).toMatchObject({ entity: undefined, action: undefined, entityId: undefined, from: undefined, to: undefined });
    await expect(listAuditEvents(admin, audit)).resolves.toBeTruthy();
    // The last day the filter takes still has a next day Postgres can read.
    await expect(listAuditEvents(admin, auditFilterSchema.parse({ to: "9999-12-30" }))).resolves.toBeTruthy();
  });
});

describe("forms", () => {
  it("answer a NUL byte with a field error, not the generic failure, and write nothing", async () => {
    const lastName = unique("Nul");
    const result = await createPerson(coordinator, { firstName: "Ja\u0000na", lastName });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { firstName: [NUL_MESSAGE] } });
    const db = await getDb();
    const [n] = await db.select({ n: count() }).from(people).where(eq(people.lastName, lastName));
    expect(n!.n).toBe(0);
  });

  it("answer a year-0000 date with a field error", async () => {
    const created = await createPerson(coordinator, { firstName: "Jana", lastName: unique("Rok") });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const db = await getDb();
    const [row] = await db.select().from(people).where(eq(people.id, created.data.id));
    const result = await updatePerson(coordinator, {
      id: row!.id,
      version: row!.version,
      firstName: "Jana",
      lastName: row!.lastName,
      leftOn: "0000-01-01",
    });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { leftOn: [expect.any(String)] } });
    const dated = await updatePerson(coordinator, { id: row!.id, version: row!.version, firstName: "Jana", lastName: row!.lastName, leftOn: "9999-12-31" });
    expect(dated).toMatchObject({ ok: false, fieldErrors: { leftOn: [expect.any(String)] } });
    expect(DATE_MESSAGE).toMatch(/rok 1 až 9999/);
  });

  it("refuse a 1 MB field at that field, saying how long it may be, and give everything typed back", async () => {
    const huge = "Ž".repeat(1024 * 1024);
    const form = new FormData();
    form.set("firstName", huge);
    form.set("lastName", unique("Dlouhá"));
    form.set("email", "jana@praha.eu");
    const result = await createPerson(coordinator, Object.fromEntries(form));
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { firstName: ["Text je příliš dlouhý: nejvýše 100 znaků, zadáno 1\u00a0048\u00a0576 znaků."] },
    });
    if (result.ok) return;
    const state = refusalState(result, form);
    expect(state?.values).toMatchObject({ firstName: huge, email: "jana@praha.eu" });
  });
});

describe("double submission", () => {
  it("saves a person sent twice with the same submission id once, and answers the repeat like the first", async () => {
    const lastName = unique("Dvakrát");
    const submissionId = crypto.randomUUID();
    const input = { firstName: "Jana", lastName, submissionId };
    const first = await createPerson(coordinator, input);
    const second = await createPerson(coordinator, input);
    expect(first.ok && second.ok).toBe(true);
    expect(second).toEqual(first);
    const db = await getDb();
    const [n] = await db.select({ n: count() }).from(people).where(eq(people.lastName, lastName));
    expect(n!.n).toBe(1);
  });

  it("writes once when both copies arrive at the same moment", async () => {
    const lastName = unique("Souběžně");
    const input = { firstName: "Jana", lastName, submissionId: crypto.randomUUID() };
    const results = await Promise.all([createPerson(coordinator, input), createPerson(coordinator, input)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results[0]).toEqual(results[1]);
    const db = await getDb();
    const [n] = await db.select({ n: count() }).from(people).where(eq(people.lastName, lastName));
    expect(n!.n).toBe(1);
  });

  it("lets a refused form be sent again with its id, and gives each new form its own", async () => {
    const submissionId = crypto.randomUUID();
    const lastName = unique("Oprava");
    const refused = await createPerson(coordinator, { firstName: "", lastName, submissionId });
    expect(refused.ok).toBe(false);
    const fixed = await createPerson(coordinator, { firstName: "Jana", lastName, submissionId });
    expect(fixed.ok).toBe(true);
    const other = await createPerson(coordinator, { firstName: "Jana", lastName, submissionId: crypto.randomUUID() });
    expect(other.ok).toBe(true);
    const db = await getDb();
    const [n] = await db.select({ n: count() }).from(people).where(eq(people.lastName, lastName));
    expect(n!.n).toBe(2);
  });

  it("refuses an id another user's submission already holds", async () => {
    const submissionId = crypto.randomUUID();
    expect((await createPerson(coordinator, { firstName: "Jana", lastName: unique("A"), submissionId })).ok).toBe(true);
    const other = await makeActor("coordinator");
    const lastName = unique("B");
    expect(await createPerson(other, { firstName: "Jana", lastName, submissionId })).toMatchObject({ ok: false, code: "conflict" });
    const db = await getDb();
    const [row] = await db.select().from(formSubmissions).where(eq(formSubmissions.id, submissionId));
    expect(row!.actorId).toBe(coordinator.id);
  });
});
