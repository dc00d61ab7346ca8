import { sql } from "drizzle-orm";
import { boolean, check, pgEnum, pgTable, smallint, text, unique, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { NOTICE_RULE_KINDS } from "./enum-values";
import { organisations } from "./organisations";

/**
 * How an organisation's statutes let a member leave:
 * - calendar_year_end: notice at least `months` before 31 December;
 * - financial_year_end: notice at least `months` before the end of the organisation's financial year;
 * - from_delivery: membership ends `months` after the notice is delivered;
 * - any_time: written notice, no period.
 */
export const noticeRuleKindEnum = pgEnum("notice_rule_kind", NOTICE_RULE_KINDS);

/** One organisation's withdrawal rule from its statutes (lib/notice/deadline.ts computes the dates). */
export const noticeRules = pgTable(
  "notice_rules",
  {
    id: id(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    kind: noticeRuleKindEnum().notNull(),
    months: smallint(),
    financialYearEndMonth: smallint(),
    financialYearEndDay: smallint(),
    /** Fees for the year of leaving are owed only pro rata temporis. */
    proRataDues: boolean().notNull().default(false),
    /** Where the statutes say so, e.g. "čl. 7 odst. 2". */
    statuteArticle: text(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    unique("notice_rules_organisation_key").on(t.organisationId),
    check(
      "notice_rules_months_check",
      sql`(${t.kind} = 'any_time' and ${t.months} is null) or (${t.kind} <> 'any_time' and ${t.months} between 0 and 36)`,
    ),
    check(
      "notice_rules_financial_year_check",
      sql`(${t.kind} = 'financial_year_end') = (${t.financialYearEndMonth} is not null and ${t.financialYearEndDay} is not null)
      and coalesce(${t.financialYearEndMonth}, 1) between 1 and 12 and coalesce(${t.financialYearEndDay}, 1) between 1 and 31`,
    ),
  ],
);

export type NoticeRule = typeof noticeRules.$inferSelect;
