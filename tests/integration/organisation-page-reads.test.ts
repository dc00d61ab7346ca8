import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { recordHistory } from "@/lib/audit-log/queries";
import { todayInPrague } from "@/lib/dates";
import { getNoticeRule } from "@/lib/notice/queries";
import { getOrganisation } from "@/lib/organisations/queries";
import type { Actor } from "@/lib/permissions";
import { makeActor } from "../helpers/factories";
import { fee, membership } from "../helpers/dashboard-fixtures";

/**
 * The organisation page reads a fixed number of statements, and a bounded number of rows, however
 * many meetings the organisation has: its meetings section shows the latest ones and links to
 * the paged list (docs/ARCHITECTURE.md, "Lists"). Every statement is counted at the driver (the
 * pg pool or the PGlite instance), so nothing the page's loaders send is missed.
 */
let admin: Actor;
const orgs: Record<"small" | "large", string> = { small: "", large: "" };

async function withMeetings(n: number) {
  const org = await membership({});
  const db = await getDb();
  await db.execute(sql`insert into meetings (organisation_id, kind, title, starts_on, ends_on, online)
    select ${org.id}::uuid, 'online', 'Jednání ' || g, date '2026-06-30' - g % 3000, date '2026-06-30' - g % 3000, true
    from generate_series(1, ${n}::int) g`);
  await fee(org.id, 2025, "paid", "100.00");
  return org.id;
}

/** Loads what the organisation page loads, counting the statements that reach the database. */
async function pageReads(organisationId: string) {
  const db = await getDb();
  const client = (db as unknown as { $client: Record<string, (...a: unknown[]) => unknown> }).$client;
  const originals = { query: client.query!, exec: client.exec };
  let statements = 0;
  client.query = (...args: unknown[]) => {
    statements++;
    return originals.query.apply(client, args);
  };
  if (originals.exec) {
    client.exec = (...args: unknown[]) => {
      statements++;
      return originals.exec!.apply(client, args);
    };
  }
  try {
    const detail = await getOrganisation(admin, { id: organisationId });
    await getNoticeRule(admin, { organisationId, today: todayInPrague() });
    await recordHistory(admin, { entity: "organisation", entityId: organisationId });
    return { detail: detail!, statements };
  } finally {
    client.query = originals.query;
    if (originals.exec) client.exec = originals.exec;
  }
}

beforeAll(async () => {
  admin = await makeActor("admin");
  orgs.small = await withMeetings(10);
  orgs.large = await withMeetings(5000);
});

describe("the organisation page's reads", () => {
  it("are the same statements with 10 and with 5 000 meetings, and a bounded page of meetings", async () => {
    const small = await pageReads(orgs.small);
    const large = await pageReads(orgs.large);
    expect(small.detail.meetings).toHaveLength(10);
    expect(large.detail.meetings.length).toBeLessThanOrEqual(20);
    expect(large.detail.meetings[0]!.startsOn).toBe("2026-06-30");
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });
});
