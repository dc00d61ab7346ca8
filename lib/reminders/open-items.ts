import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { withdrawalDeadlines } from "@/lib/dashboard/queries";
import { addDays, type IsoDate } from "@/lib/dates";
import { reportDueSql } from "@/lib/meetings/queries";
import { TRIP_REPORT_DUE_DAYS } from "@/lib/meetings/schemas";
import { vacanciesSql } from "@/lib/representation/vacancies";
import { MEMBER_STATES, statusOnSql } from "@/lib/organisations/status";
import { LEAD_DAYS, REMINDER_KINDS, type ReminderKind } from "./kinds";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { displayNameSql, shortName, shortNameSql } from "@/lib/registry/display-name";

/** Something open that someone should act on, and who. */
export type OpenItem = {
  kind: ReminderKind;
  recordId: string;
  label: string;
  /** The day by which to act; null for what has no date (a vacant seat). */
  deadline: IsoDate | null;
  href: string;
  userIds: string[];
};

type Row = { record_id: string; label: string; deadline: string | null; href: string; user_ids: string[] };

const HORIZON = Math.max(...LEAD_DAYS);
const member = sql.join(MEMBER_STATES.map((s) => sql`${s}`), sql`, `);

/** Active users of these roles, as an array of ids (staff optionally only of one department). */
function usersOf(roles: string[], staffDepartment?: SQL): SQL {
  const roleList = sql.join(roles.map((r) => sql`${r}`), sql`, `);
  const staff = staffDepartment ? sql` or (u.role = 'staff' and u.department_id = ${staffDepartment})` : sql``;
  return sql`array(select u.id::text from users u where u.active and (u.role in (${roleList})${staff}) order by u.id)`;
}

/**
 * Everything open on `today` that a reminder may concern: fees due within the horizon or overdue,
 * withdrawal notice deadlines, mandates ending, trip reports missing, this year's assessments not
 * written, and vacant seats. The same rules as the home page and the dashboard (imported, not
 * restated): the planner decides which of these are due as an alert today.
 */
export async function openItems(
  db: Queryable,
  today: IsoDate,
  locale: Locale = DEFAULT_LOCALE,
  kinds: readonly ReminderKind[] = REMINDER_KINDS,
): Promise<OpenItem[]> {
  // Labels name rows by the rule: reminder e-mails in Czech (the default), the home page in the UI's language.
  const orgName = shortNameSql(locale, "o");
  const horizon = addDays(today, HORIZON);
  const year = Number(today.slice(0, 4));
  const reportDueBy = addDays(today, -TRIP_REPORT_DUE_DAYS);
  // Only the kinds asked for are queried: a home page needs one or two, and the others (the trip
  // reports over a year of attendance) cost seconds at a large city's scale.
  const run = async (kind: ReminderKind, query: SQL) =>
    !kinds.includes(kind) ? [] : (await db.execute<Row>(query)).rows.map(
      (r): OpenItem => ({ kind, recordId: r.record_id, label: r.label, deadline: r.deadline, href: r.href, userIds: r.user_ids ?? [] }),
    );

  const [fees, mandates, reports, assessments, vacancies, notices] = await Promise.all([
    run(
      "fee_due",
      sql`select f.id as record_id, ${orgName} || ' ' || f.year || ' (' || f.currency || ')' as label,
            f.due_on::text as deadline, '/fees/' || f.id as href, ${usersOf(["coordinator"])} as user_ids
          from fees f join organisations o on o.id = f.organisation_id
          where f.status in ('planned', 'invoiced') and f.due_on is not null and f.due_on <= ${horizon}::date`,
    ),
    // The seat by its department, never by the person holding it: a reminder's label is kept in
    // the notification, the mail outbox and an audit event, which outlive the person's anonymisation.
    run(
      "mandate_ending",
      sql`select r.id as record_id,
            coalesce(coalesce(d.code, dp.code) || ' MHMP – ', '') || ${orgName} || coalesce(' – ' || ${displayNameSql(locale, "b")}, '') as label,
            r.valid_to::text as deadline, '/representation?organisation=' || o.id as href,
            ${usersOf(["coordinator"], sql`coalesce(r.department_id, p.department_id)`)} as user_ids
          from representations r join organisations o on o.id = r.organisation_id
          left join bodies b on b.id = r.body_id
          left join people p on p.id = r.person_id
          left join departments d on d.id = r.department_id
          left join departments dp on dp.id = p.department_id
          where r.valid_from <= ${today}::date and r.valid_to between ${today}::date and ${horizon}::date`,
    ),
    run(
      "trip_report_missing",
      sql`select attendance.id as record_id,
            meetings.title || ' (' || to_char(meetings.ends_on, 'FMDD. FMMM. YYYY') || ')' as label,
            (meetings.ends_on + ${TRIP_REPORT_DUE_DAYS}::int)::text as deadline, '/meetings/' || meetings.id as href,
            array(select u.id::text from users u where u.active and u.role = 'staff' and u.department_id = pp.department_id order by u.id) as user_ids
          from attendance join meetings on meetings.id = attendance.meeting_id
          join people pp on pp.id = attendance.person_id
          where ${reportDueSql} and attendance.trip_report is null and meetings.ends_on <= ${reportDueBy}::date
            and meetings.ends_on > ${addDays(reportDueBy, -365)}::date`,
    ),
    run(
      "assessment_missing",
      sql`select o.id as record_id, ${orgName} || ' ' || ${year} as label, ${`${year}-12-31`}::text as deadline,
            '/organizations/' || o.id as href, ${usersOf(["manager"])} as user_ids
          from organisations o
          where ${statusOnSql(sql.raw("o.id"), today)} in (${member})
            and not exists (select 1 from engagement_assessments a where a.organisation_id = o.id and a.year = ${year})`,
    ),
    run(
      "vacant_seat",
      // Vacancies as lib/representation/vacancies.ts defines them (the organisation's primary
      // contact and each active body); the organisation's own seat is keyed by the organisation.
      sql`select coalesce(v.body_id, v.organisation_id) as record_id,
            v.organisation_name || coalesce(' – ' || v.body_name, '') as label, null::text as deadline,
            '/representation?organisation=' || v.organisation_id as href, ${usersOf(["coordinator"])} as user_ids
          from ${vacanciesSql(today, locale)} v`,
    ),
    (async () => {
      if (!kinds.includes("notice_deadline")) return [];
      const [deadlines, managers] = await Promise.all([
        withdrawalDeadlines(db, today),
        db.execute<{ user_ids: string[] }>(sql`select ${usersOf(["manager"])} as user_ids`),
      ]);
      const userIds = managers.rows[0]?.user_ids ?? [];
      return deadlines.map(
        (d): OpenItem => ({
          kind: "notice_deadline",
          recordId: d.id,
          label: `${shortName(d, locale)} – ${d.exitOn.slice(0, 4)}`,
          deadline: d.noticeBy,
          href: `/organizations/${d.id}#notice`,
          userIds,
        }),
      );
    })(),
  ]);
  return [...fees, ...notices, ...mandates, ...reports, ...assessments, ...vacancies];
}
