import { getDb } from "@/lib/db/connection";
import {
  attendance,
  bodies,
  engagementAssessments,
  fees,
  meetings,
  membershipPeriods,
  noticeRules,
  organisations,
  people,
  representations,
} from "@/db/schema";
import { unique } from "./factories";

/**
 * Direct inserts for the dashboard's hand-computed fixtures: the figures are what is under test,
 * not the other areas' write paths (which live on other branches).
 */
type Status = (typeof membershipPeriods.$inferInsert)["status"];

export async function membership(opts: {
  status?: Status;
  from?: string;
  to?: string | null;
  noticePeriodMonths?: number | null;
  name?: string;
}) {
  const db = await getDb();
  const [org] = await db
    .insert(organisations)
    .values({
      name: opts.name ?? unique("Dashboard Org"),
      kind: "city_network",
      scope: "european",
      noticePeriodMonths: opts.noticePeriodMonths ?? null,
    })
    .returning();
  if (opts.noticePeriodMonths !== undefined && opts.noticePeriodMonths !== null) {
    await db.insert(noticeRules).values({ organisationId: org!.id, kind: "calendar_year_end", months: opts.noticePeriodMonths });
  }
  await db.insert(membershipPeriods).values({
    organisationId: org!.id,
    status: opts.status ?? "full",
    validFrom: opts.from ?? "2020-01-01",
    validTo: opts.to ?? null,
  });
  return org!;
}

export async function person() {
  const db = await getDb();
  const [row] = await db.insert(people).values({ firstName: "Test", lastName: unique("Osoba") }).returning();
  return row!;
}

export async function body(organisationId: string, active = true) {
  const db = await getDb();
  const [row] = await db
    .insert(bodies)
    .values({ organisationId, name: unique("Forum"), kind: "forum", active })
    .returning();
  return row!;
}

export async function seat(organisationId: string, personId: string, bodyId: string | null = null, from = "2020-01-01") {
  const db = await getDb();
  await db.insert(representations).values({
    organisationId,
    bodyId,
    personId,
    role: bodyId ? "forum_member" : "primary_contact",
    validFrom: from,
  });
}

export async function meeting(organisationId: string, startsOn: string) {
  const db = await getDb();
  const [row] = await db
    .insert(meetings)
    .values({ organisationId, kind: "forum_meeting", title: unique("Jednání"), startsOn, endsOn: startsOn })
    .returning();
  return row!;
}

export async function attend(
  meetingId: string,
  personId: string,
  status: "attended" | "registered" | "excused",
  travelCostCzk: string | null = null,
  mode: "in_person" | "online" = "in_person",
) {
  const db = await getDb();
  await db.insert(attendance).values({ meetingId, personId, status, travelCostCzk, mode });
}

export async function fee(
  organisationId: string,
  year: number,
  status: "planned" | "invoiced" | "paid" | "waived",
  amountCzk: string | null,
) {
  const db = await getDb();
  await db.insert(fees).values({
    organisationId,
    year,
    amount: amountCzk ?? "1000.00",
    currency: "CZK",
    amountCzk,
    status,
    paidOn: status === "paid" ? `${year}-03-01` : null,
  });
}

export async function assessed(
  organisationId: string,
  year: number,
  level: (typeof engagementAssessments.$inferInsert)["level"],
  extra: Partial<typeof engagementAssessments.$inferInsert> = {},
) {
  const db = await getDb();
  const [row] = await db
    .insert(engagementAssessments)
    .values({
      organisationId,
      year,
      level,
      recommendation: level === "not_assessed" ? null : "review",
      assessedOn: `${year}-12-31`,
      review: "approved",
      ...extra,
    })
    .returning();
  return row!;
}
