import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { bodies, engagementAssessments, fees, meetings, people, representations } from "@/db/schema";
import { sqlState } from "@/lib/errors";
import { makeOrganisation, unique } from "../helpers/factories";

/**
 * The rules the database itself holds, whatever the application does: each insert below breaks
 * one of them and must be refused with the matching SQLSTATE.
 */
async function refused(insert: Promise<unknown>): Promise<string | undefined> {
  try {
    await insert;
  } catch (e) {
    return sqlState(e);
  }
  return "accepted";
}

describe("database constraints", () => {
  it("keeps money non-negative, currencies as ISO codes and fees paid only with a paid date", async () => {
    const db = await getDb();
    const org = await makeOrganisation();
    const fee = { organisationId: org.id, year: 2026, currency: "EUR" };
    expect(await refused(db.insert(fees).values({ ...fee, amount: "-0.01" }))).toBe("23514");
    expect(await refused(db.insert(fees).values({ ...fee, amount: "10", currency: "eur" }))).toBe("23514");
    expect(await refused(db.insert(fees).values({ ...fee, amount: "10", status: "paid" }))).toBe("23514");
    expect(
      await refused(
        db.insert(fees).values({ ...fee, amount: "10", invoicedOn: "2026-03-01", paidOn: "2026-02-28" }),
      ),
    ).toBe("23514");
    // Exact to the haléř: numeric, not float.
    const [row] = await db
      .insert(fees)
      .values({ ...fee, amount: "0.10" })
      .returning();
    const [sum] = (await db.execute<{ s: string }>(sql`select (${row!.amount}::numeric + 0.20)::text as s`)).rows;
    expect(sum!.s).toBe("0.30");
  });

  it("allows one assessment per organisation and year", async () => {
    const db = await getDb();
    const org = await makeOrganisation();
    const a = { organisationId: org.id, year: 2025, level: "active" as const, assessedOn: "2025-12-31" };
    await db.insert(engagementAssessments).values(a);
    expect(await refused(db.insert(engagementAssessments).values(a))).toBe("23505");
  });

  it("refuses a seat or a meeting in a body of another organisation", async () => {
    const db = await getDb();
    const [mine, other] = [await makeOrganisation(), await makeOrganisation()];
    const [body] = await db.insert(bodies).values({ organisationId: other.id, name: unique("Fórum"), kind: "forum" }).returning();
    const [person] = await db.insert(people).values({ firstName: "Jana", lastName: unique("Test") }).returning();
    expect(
      await refused(
        db.insert(representations).values({
          organisationId: mine.id,
          bodyId: body!.id,
          personId: person!.id,
          role: "forum_member",
          validFrom: "2020-01-01",
        }),
      ),
    ).toBe("23503");
    expect(
      await refused(
        db.insert(meetings).values({
          organisationId: mine.id,
          bodyId: body!.id,
          kind: "forum_meeting",
          title: "Jinde",
          startsOn: "2026-01-01",
          endsOn: "2026-01-01",
        }),
      ),
    ).toBe("23503");
  });

  it("refuses date ranges that run backwards and deputies for nobody", async () => {
    const db = await getDb();
    const org = await makeOrganisation();
    const [person] = await db.insert(people).values({ firstName: "Petr", lastName: unique("Test") }).returning();
    const seat = { organisationId: org.id, personId: person!.id, validFrom: "2020-01-01" };
    expect(
      await refused(db.insert(representations).values({ ...seat, role: "primary_contact", validTo: "2019-12-31" })),
    ).toBe("23514");
    expect(await refused(db.insert(representations).values({ ...seat, role: "deputy" }))).toBe("23514");
    expect(
      await refused(
        db.insert(meetings).values({
          organisationId: org.id,
          kind: "conference",
          title: "Pozpátku",
          startsOn: "2026-05-02",
          endsOn: "2026-05-01",
        }),
      ),
    ).toBe("23514");
  });
});
