import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { bodies, engagementAssessments, meetings, membershipPeriods, organisations } from "@/db/schema";
import { todayInPrague, type IsoDate } from "@/lib/dates";
import { organisationFees } from "@/lib/fees/queries";
import { uiLocale } from "@/lib/i18n/ui-locale";
import { defineQuery } from "@/lib/queries";
import { displayNameSql, fullLabelSql } from "@/lib/registry/display-name";
import { seatsOfOrganisation } from "@/lib/representation/seats";
import { urlDate, urlText, z } from "@/lib/validation";
import { MEMBER_STATES, statusOnSql, type MembershipState } from "./status";
import { ORGANISATION_KINDS, ORGANISATION_SCOPES } from "@/lib/enums";

export const PAGE_SIZE = 20;

const STATUS_FILTERS = ["all", "current", "observer", "full", "associate", "via_state", "ended", "none"] as const;
const SORTS = ["name", "-name", "since", "-since"] as const;

/**
 * The list's state as it lives in the URL: every value optional and forgiving, so a hand-edited
 * or outdated bookmark still opens (unknown values fall back to the defaults).
 */
export const listParamsSchema = z.object({
  q: urlText(100),
  status: z.enum(STATUS_FILTERS).optional().catch(undefined),
  kind: z.enum(ORGANISATION_KINDS).optional().catch(undefined),
  scope: z.enum(ORGANISATION_SCOPES).optional().catch(undefined),
  fee: z.enum(["yes", "no"]).optional().catch(undefined),
  asOf: urlDate(),
  sort: z.enum(SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type ListParams = z.output<typeof listParamsSchema>;

/** Escapes LIKE wildcards in user input. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The organisation's id for correlated subqueries. Spelled out with its table: Drizzle renders a
 * column in a single-table select list unqualified, which the subqueries' own `id` would shadow.
 */
const ORG_ID = sql.raw(`"organisations"."id"`);

function listFilters(params: ListParams, asOf: IsoDate) {
  const status = statusOnSql(ORG_ID, asOf);
  const year = Number(asOf.slice(0, 4));
  const paysFee = sql<boolean>`exists (select 1 from fees f where f.organisation_id = ${ORG_ID}
    and f.year = ${year} and f.status <> 'waived')`;
  const where: SQL[] = [];
  if (params.q) {
    const pattern = `%${likeEscape(params.q)}%`;
    where.push(sql`(fold(${organisations.name}) like fold(${pattern})
      or fold(coalesce(${organisations.nameCs}, '')) like fold(${pattern})
      or fold(coalesce(${organisations.abbreviation}, '')) like fold(${pattern}))`);
  }
  if (params.status === "current") {
    where.push(sql`${status} in (${sql.join(MEMBER_STATES.map((s) => sql`${s}`), sql`, `)})`);
  } else if (params.status && params.status !== "all") {
    where.push(sql`${status} = ${params.status}`);
  }
  if (params.kind) where.push(eq(organisations.kind, params.kind));
  if (params.scope) where.push(eq(organisations.scope, params.scope));
  if (params.fee === "yes") where.push(paysFee);
  if (params.fee === "no") where.push(sql`not ${paysFee}`);
  return { status, paysFee, where: where.length ? and(...where) : undefined };
}

/**
 * The ids of every organisation the list shows for these filters (all pages), as a subquery:
 * exports restrict their rows with it, so a list and its export share one filter definition.
 */
export function organisationListIds(params: ListParams): SQL {
  const { where } = listFilters(params, params.asOf ?? todayInPrague());
  return sql`select ${ORG_ID} from ${organisations}${where ? sql` where ${where}` : sql``}`;
}

export type OrganisationListRow = {
  id: string;
  name: string;
  nameCs: string | null;
  abbreviation: string | null;
  /** The row's name in the UI language (lib/registry/display-name.ts). */
  label: string;
  kind: (typeof ORGANISATION_KINDS)[number];
  scope: (typeof ORGANISATION_SCOPES)[number];
  status: MembershipState;
  memberSince: IsoDate | null;
  latestLevel: string | null;
  latestLevelYear: number | null;
  representative: string | null;
  paysFee: boolean;
};

export const listOrganisations = defineQuery({
  name: "organisations.list",
  permission: "registry.read",
  run: async (db, params: ListParams) => {
    const asOf = params.asOf ?? todayInPrague();
    const page = params.page ?? 1;
    const { status, paysFee, where } = listFilters(params, asOf);
    const year = Number(asOf.slice(0, 4));

    const memberSince = sql<IsoDate | null>`(select min(mp.valid_from)::text from membership_periods mp
      where mp.organisation_id = ${ORG_ID} and mp.valid_from <= ${asOf}::date)`;
    const latest = sql`(select ea.level::text || ':' || ea.year from engagement_assessments ea
      where ea.organisation_id = ${ORG_ID} and ea.year <= ${year}
      order by ea.year desc limit 1)`;
    // The main representative: the political representative, else the primary contact, of the
    // organisation itself (not of a body), on the chosen day; a person's name or a department.
    const representative = sql<string | null>`(select coalesce(
        case when p.anonymised_at is null then p.first_name || ' ' || p.last_name end, d.code || ' MHMP')
      from representations r
      left join people p on p.id = r.person_id
      left join departments d on d.id = r.department_id
      where r.organisation_id = ${ORG_ID} and r.body_id is null
        and r.role in ('political_representative', 'primary_contact')
        and r.valid_from <= ${asOf}::date and (r.valid_to is null or r.valid_to >= ${asOf}::date)
      order by (r.role = 'political_representative') desc, r.valid_from
      limit 1)`;

    const locale = await uiLocale();
    const shown = displayNameSql(locale, organisations);
    const order = {
      name: [sql`${shown} collate czech asc`],
      "-name": [sql`${shown} collate czech desc`],
      since: [sql`${memberSince} asc nulls last`, sql`${shown} collate czech`],
      "-since": [sql`${memberSince} desc nulls last`, sql`${shown} collate czech`],
    }[params.sort ?? "name"];

    const [rows, [total]] = await Promise.all([
      db
        .select({
          id: organisations.id,
          name: organisations.name,
          nameCs: organisations.nameCs,
          abbreviation: organisations.abbreviation,
          label: fullLabelSql(locale, organisations),
          kind: organisations.kind,
          scope: organisations.scope,
          status,
          memberSince,
          latest,
          representative,
          paysFee,
        })
        .from(organisations)
        .where(where)
        .orderBy(...order)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE),
      db.select({ n: count() }).from(organisations).where(where),
    ]);

    return {
      asOf,
      page,
      pageSize: PAGE_SIZE,
      total: total?.n ?? 0,
      rows: rows.map(({ latest, ...row }): OrganisationListRow => {
        const [level, levelYear] = typeof latest === "string" ? latest.split(":") : [];
        return {
          ...row,
          latestLevel: level ?? null,
          latestLevelYear: levelYear ? Number(levelYear) : null,
        };
      }),
    };
  },
});

export const getOrganisation = defineQuery({
  name: "organisations.get",
  permission: "registry.read",
  run: async (db, { id, asOf }: { id: string; asOf?: IsoDate }) => {
    const date = asOf ?? todayInPrague();
    const locale = await uiLocale();
    const [organisation] = await db
      .select({ row: organisations, status: statusOnSql(ORG_ID, date) })
      .from(organisations)
      .where(eq(organisations.id, id));
    if (!organisation) return null;

    const [periods, bodyRows, reps, feeRows, meetingRows, assessments] = await Promise.all([
      db
        .select()
        .from(membershipPeriods)
        .where(eq(membershipPeriods.organisationId, id))
        .orderBy(asc(membershipPeriods.validFrom)),
      db
        .select()
        .from(bodies)
        .where(eq(bodies.organisationId, id))
        .orderBy(desc(bodies.active), sql`${displayNameSql(locale, bodies)} collate czech`),
      seatsOfOrganisation(db, id, locale),
      organisationFees(db, id),
      db
        .select({
          id: meetings.id,
          title: meetings.title,
          kind: meetings.kind,
          startsOn: meetings.startsOn,
          endsOn: meetings.endsOn,
          city: meetings.city,
          country: meetings.country,
          online: meetings.online,
          bodyName: sql<string | null>`${displayNameSql(locale, bodies)}`,
        })
        .from(meetings)
        .leftJoin(bodies, eq(bodies.id, meetings.bodyId))
        .where(eq(meetings.organisationId, id))
        .orderBy(desc(meetings.startsOn))
        .limit(20),
      db
        .select()
        .from(engagementAssessments)
        .where(eq(engagementAssessments.organisationId, id))
        .orderBy(desc(engagementAssessments.year)),
    ]);

    return {
      organisation: organisation.row,
      status: organisation.status,
      asOf: date,
      periods,
      bodies: bodyRows,
      representations: reps,
      fees: feeRows,
      meetings: meetingRows,
      assessments,
    };
  },
});

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof getOrganisation>>>;

/** What the edit forms load: the bare rows with their versions, for editors only. */
export const getOrganisationForEdit = defineQuery({
  name: "organisations.getForEdit",
  permission: "registry.write",
  run: async (db, { id }: { id: string }) => {
    const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
    return row ?? null;
  },
});

export const getPeriodForEdit = defineQuery({
  name: "membershipPeriods.getForEdit",
  permission: "registry.write",
  run: async (db, { id }: { id: string }) => {
    const [row] = await db.select().from(membershipPeriods).where(eq(membershipPeriods.id, id));
    return row ?? null;
  },
});

export const getBodyForEdit = defineQuery({
  name: "bodies.getForEdit",
  permission: "registry.write",
  run: async (db, { id }: { id: string }) => {
    const [row] = await db.select().from(bodies).where(eq(bodies.id, id));
    return row ?? null;
  },
});
