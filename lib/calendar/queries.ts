import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { type Queryable } from "@/db/client";
import { getDb } from "@/lib/db/connection";
import { calendarTokens, departments, meetings, people, users } from "@/db/schema";
import { todayInPrague } from "@/lib/dates";
import { meetingSummary, ofDepartment, personName } from "@/lib/meetings/queries";
import { defineQuery } from "@/lib/queries";
import { hashCalendarToken } from "./commands";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";

export const listMyCalendarTokens = defineQuery({
  name: "calendar.myTokens",
  permission: "registry.read",
  run: async (db, _: undefined, actor) =>
    db
      .select({
        id: calendarTokens.id,
        scope: calendarTokens.scope,
        label: calendarTokens.label,
        createdAt: calendarTokens.createdAt,
        revokedAt: calendarTokens.revokedAt,
        personName: sql<string | null>`case when ${people.id} is null then null else ${personName} end`,
        departmentCode: departments.code,
      })
      .from(calendarTokens)
      .leftJoin(people, eq(people.id, calendarTokens.personId))
      .leftJoin(departments, eq(departments.id, calendarTokens.departmentId))
      .where(eq(calendarTokens.userId, actor.id))
      .orderBy(desc(calendarTokens.createdAt))
      .limit(100),
});

/**
 * The feed behind a calendar token: null when the token is unknown, revoked, or its user can no
 * longer sign in. Not a defineQuery: the token is the credential (Outlook sends no session).
 */
export async function calendarFeed(db: Queryable, token: string) {
  const [t] = await db
    .select({ scope: calendarTokens.scope, personId: calendarTokens.personId, departmentId: calendarTokens.departmentId })
    .from(calendarTokens)
    .innerJoin(users, and(eq(users.id, calendarTokens.userId), eq(users.active, true)))
    .where(and(eq(calendarTokens.tokenHash, hashCalendarToken(token)), isNull(calendarTokens.revokedAt)));
  if (!t) return null;
  const today = todayInPrague();
  const scope =
    t.scope === "person" && t.personId
      ? sql`exists (select 1 from attendance a where a.meeting_id = ${meetings.id} and a.person_id = ${t.personId}::uuid)`
      : t.scope === "department" && t.departmentId
        ? ofDepartment(t.departmentId)
        : undefined;
  // The feed is read by calendar programs, with no UI language: it speaks the language of record.
  const rows = await meetingSummary(db, DEFAULT_LOCALE)
    .where(and(sql`${meetings.endsOn} >= ${today}::date`, scope))
    .orderBy(asc(meetings.startsOn))
    .limit(500);
  return { scope: t.scope, rows };
}

/** The feed for the route handler, on the app's database. */
export async function getCalendarFeed(token: string) {
  return calendarFeed(await getDb(), token);
}
