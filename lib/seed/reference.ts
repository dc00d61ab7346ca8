import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  bodies,
  departments,
  engagementAssessments,
  membershipPeriods,
  organisations,
  representations,
} from "@/db/schema";
import { yearOf } from "./dates";
import {
  EUROCITIES_BODIES,
  POLIS_REPRESENTATION,
  REFERENCE_ASSESSMENTS,
  REFERENCE_DEPARTMENTS,
  REFERENCE_ORGANISATIONS,
  REFERENCE_PERIODS,
  type OrgKey,
} from "./reference-data";

export type Counts = Record<string, number>;

/** Ids of the reference rows, by their natural keys, for the demo seed to hang its rows on. */
export type ReferenceIds = {
  org: Record<OrgKey, string>;
  /** EUROCITIES bodies by their (English) name. */
  body: Map<string, string>;
  /** Departments by upper-case code. */
  department: Map<string, string>;
  polisRepresentationId: string;
};

export function addCount(counts: Counts, table: string, n: number) {
  if (n > 0) counts[table] = (counts[table] ?? 0) + n;
}

/** Organisation ids (of those given) that already have a membership period. */
async function orgsWithPeriods(tx: Tx, orgIds: string[]): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ id: membershipPeriods.organisationId })
    .from(membershipPeriods)
    .where(inArray(membershipPeriods.organisationId, orgIds));
  return new Set(rows.map((r) => r.id));
}

/** Organisation ids (of those given) that already have an engagement assessment. */
async function orgsWithAssessments(tx: Tx, orgIds: string[]): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ id: engagementAssessments.organisationId })
    .from(engagementAssessments)
    .where(inArray(engagementAssessments.organisationId, orgIds));
  return new Set(rows.map((r) => r.id));
}

export async function seedReference(tx: Tx, counts: Counts, today: string): Promise<ReferenceIds> {
  const orgRows = REFERENCE_ORGANISATIONS.map(({ key: _key, ...row }) => row);
  const insertedOrgs = await tx
    .insert(organisations)
    .values(orgRows)
    .onConflictDoNothing({ target: organisations.name })
    .returning({ id: organisations.id });
  addCount(counts, "organisations", insertedOrgs.length);

  const orgs = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.name, orgRows.map((o) => o.name)));
  const idByName = new Map(orgs.map((o) => [o.name, o.id]));
  const org = Object.fromEntries(
    REFERENCE_ORGANISATIONS.map((o) => [o.key, idByName.get(o.name)!]),
  ) as Record<OrgKey, string>;
  const orgIds = Object.values(org);

  const insertedBodies = await tx
    .insert(bodies)
    .values(EUROCITIES_BODIES.map((b) => ({ ...b, organisationId: org.eurocities })))
    .onConflictDoNothing({ target: [bodies.organisationId, bodies.name] })
    .returning({ id: bodies.id });
  addCount(counts, "bodies", insertedBodies.length);
  const bodyRows = await tx
    .select({ id: bodies.id, name: bodies.name })
    .from(bodies)
    .where(eq(bodies.organisationId, org.eurocities));
  const body = new Map(bodyRows.map((b) => [b.name, b.id]));

  // Periods have no natural key; an organisation's history is seeded only while it has none, so
  // a coordinator's later corrections are never duplicated or contradicted.
  const withPeriods = await orgsWithPeriods(tx, orgIds);
  const periods = REFERENCE_PERIODS.filter((p) => !withPeriods.has(org[p.org])).map(({ org: key, ...p }) => ({
    ...p,
    organisationId: org[key],
  }));
  if (periods.length > 0) {
    await tx.insert(membershipPeriods).values(periods);
    addCount(counts, "membership_periods", periods.length);
  }

  const insertedDepartments = await tx
    .insert(departments)
    .values(REFERENCE_DEPARTMENTS.map((d) => ({ ...d })))
    .onConflictDoNothing()
    .returning({ id: departments.id });
  addCount(counts, "departments", insertedDepartments.length);
  const department = await departmentIds(tx);
  const dopId = department.get(POLIS_REPRESENTATION.departmentCode)!;

  const polisRepresentationId = await seedPolisRepresentation(tx, counts, org.polis, dopId);

  // Like periods: the first assessment is seeded only for an organisation that has none yet, so
  // running the seed in a later year adds no second, invented year.
  const withAssessments = await orgsWithAssessments(tx, orgIds);
  const year = yearOf(today) - 1;
  const assessments = REFERENCE_ASSESSMENTS.filter((a) => !withAssessments.has(org[a.org])).map(
    // The source text's own judgements: on record as approved, not drafts awaiting a manager.
    ({ org: key, ...a }) => ({ ...a, organisationId: org[key], year, assessedOn: `${year}-12-31`, authorId: null, review: "approved" as const }),
  );
  if (assessments.length > 0) {
    await tx.insert(engagementAssessments).values(assessments);
    addCount(counts, "engagement_assessments", assessments.length);
  }

  return { org, body, department, polisRepresentationId };
}

export async function departmentIds(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx.select({ id: departments.id, code: departments.code }).from(departments);
  return new Map(rows.map((d) => [d.code.toUpperCase(), d.id]));
}

async function seedPolisRepresentation(tx: Tx, counts: Counts, polisId: string, dopId: string): Promise<string> {
  const [existing] = await tx
    .select({ id: representations.id })
    .from(representations)
    .where(
      and(
        eq(representations.organisationId, polisId),
        eq(representations.departmentId, dopId),
        isNull(representations.personId),
        isNull(representations.bodyId),
        eq(representations.role, POLIS_REPRESENTATION.role),
      ),
    )
    .orderBy(sql`${representations.validFrom}`)
    .limit(1);
  if (existing) return existing.id;
  const [row] = await tx
    .insert(representations)
    .values({
      organisationId: polisId,
      departmentId: dopId,
      role: POLIS_REPRESENTATION.role,
      validFrom: POLIS_REPRESENTATION.validFrom,
      note: POLIS_REPRESENTATION.note,
    })
    .returning({ id: representations.id });
  addCount(counts, "representations", 1);
  return row!.id;
}
