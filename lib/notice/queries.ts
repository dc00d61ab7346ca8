import { eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { noticeRules, type NoticeRule } from "@/db/schema/notice-rules";
import { env } from "@/lib/env";
import { defineQuery } from "@/lib/queries";
import { nextNoticeDeadline } from "./deadline";
import type { IsoDate } from "@/lib/dates";
import { MEMBER_STATES, statusOnSql } from "@/lib/organisations/status";

/** Whole days from `a` to `b` (negative when b is earlier). */
export const daysBetween = (a: IsoDate, b: IsoDate) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export type MemberNoticeRule = Pick<
  NoticeRule,
  "kind" | "months" | "financialYearEndMonth" | "financialYearEndDay" | "proRataDues" | "statuteArticle"
> & { id: string; name: string; nameCs: string | null; abbreviation: string | null };

/**
 * The notice rules of organisations the city is a member of itself on `today` (not "via the
 * state": the state gives that notice). One statement; a few hundred rows at most.
 */
export async function noticeRulesOfMembers(db: Queryable, today: IsoDate): Promise<MemberNoticeRule[]> {
  const cityMember = sql.join(
    MEMBER_STATES.filter((s) => s !== "via_state").map((s) => sql`${s}`),
    sql`, `,
  );
  const result = await db.execute<MemberNoticeRule>(sql`
    select o.id, o.name, o.name_cs as "nameCs", o.abbreviation, n.kind::text as kind, n.months,
      n.financial_year_end_month as "financialYearEndMonth", n.financial_year_end_day as "financialYearEndDay",
      n.pro_rata_dues as "proRataDues", n.statute_article as "statuteArticle"
    from notice_rules n join organisations o on o.id = n.organisation_id
    where ${statusOnSql(sql`o.id`, today)} in (${cityMember})
    order by o.name collate czech`);
  const int = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return result.rows.map((r) => ({
    ...r,
    months: int(r.months),
    financialYearEndMonth: int(r.financialYearEndMonth),
    financialYearEndDay: int(r.financialYearEndDay),
    proRataDues: r.proRataDues === true || (r.proRataDues as unknown) === "t",
  }));
}

/** One organisation's rule (or null) with its next deadline; the page's caller checked reading. */
export async function noticeOfOrganisation(db: Queryable, organisationId: string, today: IsoDate, leadDays: number) {
  const [rule] = await db.select().from(noticeRules).where(eq(noticeRules.organisationId, organisationId));
  if (!rule) return null;
  return { rule, deadline: nextNoticeDeadline(rule, today, leadDays) };
}

export const getNoticeRule = defineQuery({
  name: "noticeRules.get",
  permission: "registry.read",
  run: async (db, { organisationId, today }: { organisationId: string; today: IsoDate }) =>
    noticeOfOrganisation(db, organisationId, today, env().COUNCIL_LEAD_DAYS),
});
