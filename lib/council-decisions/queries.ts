import "server-only";
import { desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { councilDecisions, engagementAssessments, fees, membershipPeriods, organisations } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { uiLocale } from "@/lib/i18n/ui-locale";
import { defineQuery } from "@/lib/queries";
import { shortNameSql } from "@/lib/registry/display-name";

/** A decision as the selects and references show it: "Rada HMP, usnesení č. 1234 ze dne …". */
export type DecisionRef = Pick<typeof councilDecisions.$inferSelect, "id" | "body" | "number" | "decidedOn" | "title" | "url">;

const refColumns = {
  id: councilDecisions.id,
  body: councilDecisions.body,
  number: councilDecisions.number,
  decidedOn: councilDecisions.decidedOn,
  title: councilDecisions.title,
  url: councilDecisions.url,
};

/**
 * How many records cite each decision (periods as start or end, fees, assessments). The outer
 * row's id is named with its table: a bare "id" inside the subqueries would be their own rows' id.
 */
const outerId = sql.raw(`"council_decisions"."id"`);
const citationCount = sql<number>`(
  (select count(*) from membership_periods mp where mp.start_decision_id = ${outerId} or mp.end_decision_id = ${outerId})
  + (select count(*) from fees f where f.decision_id = ${outerId})
  + (select count(*) from engagement_assessments ea where ea.decision_id = ${outerId}))::int`;

/** The register, newest first. */
export const listCouncilDecisions = defineQuery({
  name: "councilDecisions.list",
  permission: "registry.read",
  run: async (db, _input: void) =>
    db
      .select({ ...refColumns, citations: citationCount })
      .from(councilDecisions)
      .orderBy(desc(councilDecisions.decidedOn), desc(councilDecisions.number)),
});

/** The choices of a form's "council decision" select, newest first. */
export async function decisionOptions(db: Queryable): Promise<DecisionRef[]> {
  return db.select(refColumns).from(councilDecisions).orderBy(desc(councilDecisions.decidedOn), desc(councilDecisions.number));
}

export const listDecisionOptions = defineQuery({
  name: "councilDecisions.options",
  permission: "registry.read",
  run: async (db, _input: void) => decisionOptions(db),
});

/** The decisions some records cite, by id (the organisation page names them next to its periods). */
export async function decisionsByIds(db: Queryable, ids: readonly (string | null)[]): Promise<Map<string, DecisionRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select(refColumns).from(councilDecisions).where(inArray(councilDecisions.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

export const getDecisionsByIds = defineQuery({
  name: "councilDecisions.byIds",
  permission: "registry.read",
  run: async (db, ids: readonly (string | null)[]) => decisionsByIds(db, ids),
});

/** One decision and everything that cites it: what that decision changed. */
export async function councilDecisionWithCitations(db: Queryable, id: string, locale: Locale) {
  const [decision] = await db.select().from(councilDecisions).where(eq(councilDecisions.id, id));
  if (!decision) return null;
  const orgName = shortNameSql(locale, organisations);
  const [periods, feeRows, assessments] = await Promise.all([
    db
      .select({
        id: membershipPeriods.id,
        organisationId: membershipPeriods.organisationId,
        organisation: orgName,
        status: membershipPeriods.status,
        validFrom: membershipPeriods.validFrom,
        validTo: membershipPeriods.validTo,
        starts: sql<boolean>`${membershipPeriods.startDecisionId} is not distinct from ${id}::uuid`,
        ends: sql<boolean>`${membershipPeriods.endDecisionId} is not distinct from ${id}::uuid`,
      })
      .from(membershipPeriods)
      .innerJoin(organisations, eq(organisations.id, membershipPeriods.organisationId))
      .where(or(eq(membershipPeriods.startDecisionId, id), eq(membershipPeriods.endDecisionId, id)))
      .orderBy(sql`${orgName} collate "czech"`, membershipPeriods.validFrom),
    db
      .select({
        id: fees.id,
        organisationId: fees.organisationId,
        organisation: orgName,
        year: fees.year,
        amount: fees.amount,
        currency: fees.currency,
        status: fees.status,
      })
      .from(fees)
      .innerJoin(organisations, eq(organisations.id, fees.organisationId))
      .where(eq(fees.decisionId, id))
      .orderBy(sql`${orgName} collate "czech"`, fees.year),
    db
      .select({
        id: engagementAssessments.id,
        organisationId: engagementAssessments.organisationId,
        organisation: orgName,
        year: engagementAssessments.year,
        recommendation: engagementAssessments.recommendation,
      })
      .from(engagementAssessments)
      .innerJoin(organisations, eq(organisations.id, engagementAssessments.organisationId))
      .where(eq(engagementAssessments.decisionId, id))
      .orderBy(sql`${orgName} collate "czech"`, engagementAssessments.year),
  ]);
  // PGlite and node-postgres both give booleans here; a string 't' would be a driver's quirk.
  const bool = (v: unknown) => v === true || v === "t";
  return {
    decision,
    periods: periods.map((p) => ({ ...p, starts: bool(p.starts), ends: bool(p.ends) })),
    fees: feeRows,
    assessments,
  };
}

export const getCouncilDecision = defineQuery({
  name: "councilDecisions.get",
  permission: "registry.read",
  run: async (db, { id }: { id: string }) => councilDecisionWithCitations(db, id, await uiLocale()),
});
