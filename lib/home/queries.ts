import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { attendance, departments, meetings, people } from "@/db/schema";
import { addDays, todayInPrague, type IsoDate } from "@/lib/dates";
import { personName, reportDueSql } from "@/lib/meetings/queries";
import { TRIP_REPORT_DUE_DAYS, tripReportDueOn } from "@/lib/meetings/trip-reports";
import { defineQuery } from "@/lib/queries";
import { openItems, type OpenItem } from "@/lib/reminders/open-items";
import type { ReminderKind } from "@/lib/reminders/kinds";
import { uiLocale } from "@/lib/i18n/ui-locale";

/** How many rows a list on the home page shows; the rest are counted and linked ("a dalších 7"). */
export const HOME_CAP = 10;

/**
 * Trip reports owed now: the meeting has ended, the report is not filed. Each with its deadline
 * (the 14-day rule, TRIP_REPORT_DUE_DAYS) and whether it has passed, soonest first. Staff see
 * their department's travellers, coordinators and admins everyone's.
 */
export const listTripReportsDue = defineQuery({
  name: "home.tripReportsDue",
  permission: "meetings.write",
  run: async (db, { today = todayInPrague(), limit = HOME_CAP }: { today?: IsoDate; limit?: number }, actor) => {
    if (actor.role === "staff" && !actor.departmentId) return { rows: [], total: 0, overdue: 0 };
    const where = and(
      reportDueSql,
      isNull(attendance.tripReport),
      // Ended (meetingHasEnded): nothing is owed for a meeting still to come.
      sql`${meetings.endsOn} < ${today}::date`,
      actor.role === "staff" && actor.departmentId ? eq(people.departmentId, actor.departmentId) : undefined,
    );
    const dueBy = addDays(today, -TRIP_REPORT_DUE_DAYS);
    const [rows, [counts]] = await Promise.all([
      db
        .select({
          attendanceId: attendance.id,
          meetingId: meetings.id,
          title: meetings.title,
          endsOn: meetings.endsOn,
          personName,
          departmentCode: departments.code,
        })
        .from(attendance)
        .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
        .innerJoin(people, eq(people.id, attendance.personId))
        .leftJoin(departments, eq(departments.id, people.departmentId))
        .where(where)
        .orderBy(asc(meetings.endsOn), asc(meetings.id), asc(attendance.id))
        .limit(limit),
      db
        .select({
          total: count(),
          // "missing" exactly as tripReportState has it: the deadline day has come.
          overdue: sql<number>`count(*) filter (where ${meetings.endsOn} <= ${dueBy}::date)`.mapWith(Number),
        })
        .from(attendance)
        .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
        .innerJoin(people, eq(people.id, attendance.personId))
        .where(where),
    ]);
    return {
      rows: rows.map((r) => ({ ...r, dueOn: tripReportDueOn(r.endsOn), overdue: tripReportDueOn(r.endsOn) <= today })),
      total: counts?.total ?? 0,
      overdue: counts?.overdue ?? 0,
    };
  },
});

/**
 * What needs doing now, of the given kinds: the reminders' open items (lib/reminders/open-items.ts),
 * so the home page and the reminder mails never disagree. Soonest deadline first.
 */
export const listOpenItems = defineQuery({
  name: "home.openItems",
  permission: "registry.read",
  run: async (db, { kinds, today = todayInPrague() }: { kinds: readonly ReminderKind[]; today?: IsoDate }) => {
    const items = await openItems(db, today, await uiLocale(), kinds);
    const byKind = new Map<ReminderKind, Omit<OpenItem, "userIds">[]>(kinds.map((k) => [k, []]));
    for (const { userIds: _userIds, ...item } of items) byKind.get(item.kind)!.push(item);
    for (const list of byKind.values()) list.sort((a, b) => (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999") || a.label.localeCompare(b.label, "cs"));
    return { today, byKind };
  },
});
