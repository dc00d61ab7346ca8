import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  bodies,
  councilDecisions,
  departments,
  engagementAssessments,
  feeCzk,
  fees,
  meetings,
  membershipPeriods,
  organisations,
  people,
  representations,
} from "@/db/schema";
import type { IsoDate } from "@/lib/dates";
import { formatMoney } from "@/lib/i18n/format";
import { statusOnSql, type MembershipState } from "@/lib/organisations/status";
import {
  formatDate as dateCs,
  historySentence,
  LEVEL_LABEL,
  meetingsSentence,
  RECOMMENDATION_LABEL,
  REPORT_TITLE,
  ROLE_LABEL,
  STATUS_LABEL,
} from "./wording";
// The council report is a Czech document: it names rows as the Czech UI does.
import { displayName, fullLabel, shortName } from "@/lib/registry/display-name";

/**
 * The yearly report to the city council as data: what every format (DOCX, PDF, HTML) and the
 * open data are made from, and what a final report stores as it was. Plain JSON, so a frozen
 * report reads back exactly as it was generated.
 */
export type ReportModel = {
  title: string;
  year: number;
  /** The last day of the year: the status and representation "on 31. 12.". */
  asOf: IsoDate;
  generatedOn: IsoDate;
  introduction: string;
  /** How the fee columns are to be read (paid vs. estimated CZK). */
  feeNote: string;
  summary: SummaryRow[];
  organisations: OrganisationSection[];
};

export type SummaryRow = {
  organisationId: string;
  name: string;
  status: MembershipState;
  statusLabel: string;
  memberSince: IsoDate | null;
  /** Exact decimal strings, CZK. */
  feePaidCzk: string | null;
  feeEstimatedCzk: string | null;
  meetingsTotal: number;
  meetingsAttended: number;
  levelLabel: string;
  recommendationLabel: string;
};

export type Representative = {
  roleLabel: string;
  /** Department code and name; for the open data the only holder shown. */
  department: string | null;
  /** The person's name as the registry keeps it (never in the open data). */
  person: string | null;
};

export type OrganisationSection = {
  organisationId: string;
  /** The heading: the Czech name with the original in brackets where they differ. */
  heading: string;
  name: string;
  nameCs: string | null;
  abbreviation: string | null;
  description: string | null;
  history: string;
  representatives: Representative[];
  bodies: { name: string; representatives: Representative[] }[];
  meetings: { title: string; date: string; place: string; attended: number }[];
  meetingsSentence: string;
  fee: string;
  assessment: { year: number; judgement: string; recommendation: string; rationale: string | null } | null;
  decisions: string[];
  website: string | null;
  /** The coordinator's text for the year, as written in the draft. */
  annualText: string;
};

export type ReportInput = {
  year: number;
  introduction: string;
  annualTexts: Record<string, string>;
  today: IsoDate;
};

const collator = new Intl.Collator("cs");
const czk = (amount: string) => formatMoney(amount, "CZK");

/** Sum of exact decimal strings with two decimals, in integer haléře. */
function sumMoney(values: readonly string[]): string | null {
  if (values.length === 0) return null;
  const total = values.reduce((acc, v) => {
    const [i, f = ""] = v.split(".");
    return acc + BigInt(i!) * 100n + BigInt((f + "00").slice(0, 2));
  }, 0n);
  return `${total / 100n}.${String(total % 100n).padStart(2, "0")}`;
}


export async function buildReportModel(db: Queryable, input: ReportInput): Promise<ReportModel> {
  const { year } = input;
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;

  const orgRows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      nameCs: organisations.nameCs,
      abbreviation: organisations.abbreviation,
      description: organisations.description,
      website: organisations.website,
      // Qualified by hand: drizzle writes a single table's columns unqualified, and inside the
      // subquery an unqualified "id" would be the period's.
      status: statusOnSql(sql.raw(`"organisations"."id"`), end),
    })
    .from(organisations)
    .where(
      sql`exists (select 1 from ${membershipPeriods} mp where mp.organisation_id = "organisations"."id"
        and mp.valid_from <= ${end}::date and (mp.valid_to is null or mp.valid_to >= ${start}::date))`,
    );
  const ids = orgRows.map((o) => o.id);
  if (ids.length === 0) return emptyModel(input);

  // One after another: inside a transaction they share one connection.
  const periods = await db
    .select()
    .from(membershipPeriods)
    .where(inArray(membershipPeriods.organisationId, ids))
    .orderBy(asc(membershipPeriods.validFrom));
  // The register's decisions the periods cite: named in the report in place of their free text.
  const citedIds = [...new Set(periods.flatMap((p) => [p.startDecisionId, p.endDecisionId]).filter((id): id is string => id !== null))];
  const cited = new Map(
    (citedIds.length === 0 ? [] : await db.select().from(councilDecisions).where(inArray(councilDecisions.id, citedIds))).map((d) => [
      d.id,
      `${d.body === "rada" ? "Rada HMP" : "Zastupitelstvo HMP"}, usnesení č. ${d.number} ze dne ${dateCs(d.decidedOn)}`,
    ]),
  );
  const bodyRows = await db
    .select({ id: bodies.id, organisationId: bodies.organisationId, name: bodies.name, nameCs: bodies.nameCs })
    .from(bodies)
    .where(and(inArray(bodies.organisationId, ids), eq(bodies.active, true)));
  const reps = await db
    .select({
      organisationId: representations.organisationId,
      bodyId: representations.bodyId,
      role: representations.role,
      departmentCode: departments.code,
      departmentName: departments.name,
      title: people.title,
      firstName: people.firstName,
      lastName: people.lastName,
      anonymisedAt: people.anonymisedAt,
      personDepartmentId: people.departmentId,
    })
    .from(representations)
    .leftJoin(people, eq(people.id, representations.personId))
    .leftJoin(departments, eq(departments.id, sql`coalesce(${representations.departmentId}, ${people.departmentId})`))
    .where(
      and(
        inArray(representations.organisationId, ids),
        lte(representations.validFrom, end),
        or(isNull(representations.validTo), gte(representations.validTo, end)),
      ),
    );
  const feeRows = await db
    .select({
      organisationId: fees.organisationId,
      amount: fees.amount,
      currency: fees.currency,
      status: fees.status,
      // The registry's one CZK figure per fee (paid, or estimated at the ČNB rate of its due date).
      czk: feeCzk.czk,
      czkKind: feeCzk.kind,
    })
    .from(fees)
    .innerJoin(feeCzk, eq(feeCzk.feeId, fees.id))
    .where(and(inArray(fees.organisationId, ids), eq(fees.year, year)));
  const meetingRows = await db
    .select({
      organisationId: meetings.organisationId,
      title: meetings.title,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      online: meetings.online,
      city: meetings.city,
      country: meetings.country,
      attended: meetings.attendedCount,
    })
    .from(meetings)
    .where(and(inArray(meetings.organisationId, ids), gte(meetings.startsOn, start), lte(meetings.startsOn, end)))
    .orderBy(asc(meetings.startsOn));
  const assessments = await db
    .select()
    .from(engagementAssessments)
    .where(and(inArray(engagementAssessments.organisationId, ids), lte(engagementAssessments.year, year)))
    .orderBy(desc(engagementAssessments.year));

  const byOrg = <T extends { organisationId: string }>(rows: readonly T[], id: string) =>
    rows.filter((r) => r.organisationId === id);

  const representative = (r: (typeof reps)[number]): Representative => ({
    roleLabel: ROLE_LABEL[r.role],
    department: r.departmentCode ? `${r.departmentName} (${r.departmentCode})` : null,
    person:
      r.lastName === null || r.anonymisedAt
        ? null
        : [r.title, r.firstName, r.lastName].filter(Boolean).join(" "),
  });

  // Periods of every kind count for the history; "member since" is the first period that made
  // the city a member, whatever its status.
  const sorted = [...orgRows].sort(
    (a, b) => Number(a.status === "via_state") - Number(b.status === "via_state") || collator.compare(a.name, b.name),
  );

  const summary: SummaryRow[] = [];
  const sections: OrganisationSection[] = [];
  for (const org of sorted) {
    const orgPeriods = byOrg(periods, org.id);
    const memberSince = orgPeriods.find((p) => p.status !== "ended")?.validFrom ?? null;
    const short = shortName(org, "cs");

    const orgFees = byOrg(feeRows, org.id);
    const paid = sumMoney(orgFees.filter((f) => f.czkKind === "paid" && f.czk !== null).map((f) => f.czk!));
    const estimated = sumMoney(orgFees.filter((f) => f.czkKind === "estimate" && f.czk !== null).map((f) => f.czk!));
    // Without a ČNB rate on or before its date a foreign-currency fee has no CZK figure yet.
    const foreignUnpaid = orgFees.filter((f) => f.czkKind === "unknown");

    const orgMeetings = byOrg(meetingRows, org.id);
    const attended = orgMeetings.filter((m) => m.attended > 0).length;
    const assessment = byOrg(assessments, org.id)[0] ?? null;

    summary.push({
      organisationId: org.id,
      name: displayName(org, "cs"),
      status: org.status,
      statusLabel: STATUS_LABEL[org.status],
      memberSince,
      feePaidCzk: paid,
      feeEstimatedCzk: estimated,
      meetingsTotal: orgMeetings.length,
      meetingsAttended: attended,
      levelLabel: assessment ? LEVEL_LABEL[assessment.level] : "nehodnoceno",
      recommendationLabel: assessment?.recommendation ? RECOMMENDATION_LABEL[assessment.recommendation] : "—",
    });

    const orgReps = byOrg(reps, org.id);
    const feeParts: string[] = [];
    if (orgFees.length === 0) feeParts.push(`Za rok ${year} registr nevede žádný členský poplatek.`);
    if (paid) feeParts.push(`Za rok ${year} bylo zaplaceno ${czk(paid)}.`);
    if (estimated) feeParts.push(`Nezaplaceno (odhad v Kč): ${czk(estimated)}.`);
    for (const f of foreignUnpaid) {
      feeParts.push(`Nezaplaceno: ${formatMoney(f.amount, f.currency)} (odhad v Kč chybí: registr nemá kurz ČNB k datu splatnosti).`);
    }
    if (orgFees.some((f) => f.status === "waived")) feeParts.push("Část poplatku byla prominuta.");

    const startOf = (p: (typeof orgPeriods)[number]) =>
      (p.startDecisionId && cited.get(p.startDecisionId)) ||
      (p.startDecision ? `${p.startDecision}${p.startDecisionDate ? ` ze dne ${dateCs(p.startDecisionDate)}` : ""}` : null);
    const endOf = (p: (typeof orgPeriods)[number]) =>
      (p.endDecisionId && cited.get(p.endDecisionId)) ||
      (p.endDecision ? `${p.endDecision}${p.endDecisionDate ? ` ze dne ${dateCs(p.endDecisionDate)}` : ""}` : null);
    const decisions = orgPeriods.flatMap((p) =>
      [
        startOf(p) ? `${startOf(p)} (zahájení: ${STATUS_LABEL[p.status]})` : null,
        endOf(p) ? `${endOf(p)} (ukončení)` : null,
      ].filter((d): d is string => d !== null),
    );

    sections.push({
      organisationId: org.id,
      heading: `${fullLabel(org, "cs")}${org.nameCs && org.nameCs !== org.name ? ` (${org.name})` : ""}`,
      name: org.name,
      nameCs: org.nameCs,
      abbreviation: org.abbreviation,
      description: org.description,
      history: historySentence(orgPeriods, end, short),
      representatives: orgReps.filter((r) => r.bodyId === null).map(representative),
      bodies: byOrg(bodyRows, org.id)
        .map((b) => ({
          name: displayName(b, "cs"),
          representatives: orgReps.filter((r) => r.bodyId === b.id).map(representative),
        }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      meetings: orgMeetings.map((m) => ({
        title: m.title,
        date: m.endsOn === m.startsOn ? dateCs(m.startsOn) : `${dateCs(m.startsOn)} – ${dateCs(m.endsOn)}`,
        place: m.online ? "online" : [m.city, m.country].filter(Boolean).join(", ") || "—",
        attended: m.attended,
      })),
      meetingsSentence: meetingsSentence(year, orgMeetings.length, attended),
      fee: feeParts.join(" "),
      assessment: assessment
        ? {
            year: assessment.year,
            judgement: `Spolupráce hodnocena za rok ${assessment.year} jako ${LEVEL_LABEL[assessment.level]}.`,
            recommendation: assessment.recommendation
              ? `Doporučení: ${RECOMMENDATION_LABEL[assessment.recommendation]}.`
              : "Bez doporučení.",
            rationale: assessment.rationale,
          }
        : null,
      decisions,
      website: org.website,
      annualText: input.annualTexts[org.id]?.trim() ?? "",
    });
  }

  return { ...emptyModel(input), summary, organisations: sections };
}

function emptyModel(input: ReportInput): ReportModel {
  return {
    title: REPORT_TITLE,
    year: input.year,
    asOf: `${input.year}-12-31`,
    generatedOn: input.today,
    introduction: input.introduction,
    feeNote:
      "Poplatky v Kč: „zaplaceno“ je částka skutečně uhrazená; „odhad“ je nezaplacená částka přepočtená kurzem ČNB " +
      "platným ke dni splatnosti (zdroj: Česká národní banka), u poplatků v korunách jejich částka.",
    summary: [],
    organisations: [],
  };
}
