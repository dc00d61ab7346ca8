import "server-only";
import { and, asc, count, eq, gte, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { bodies, departments, organisations, people, representations } from "@/db/schema";
import { todayInPrague, type IsoDate } from "@/lib/dates";
import { MEMBER_STATES, statusOnSql } from "@/lib/organisations/status";
import { defineQuery } from "@/lib/queries";
import { urlDate, urlText, z } from "@/lib/validation";
import { coversSql, personNameSql } from "./labels";
import { holderLabel, seatsOf } from "./seats";
import { REPRESENTATION_ROLES, type RepresentationRole } from "./schemas";
import { vacanciesSql, type RawVacancy } from "./vacancies";
import { uiLocale } from "@/lib/i18n/ui-locale";
import { displayNameSql, fullLabelSql, shortNameSql } from "@/lib/registry/display-name";

export const MATRIX_PAGE_SIZE = 15;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The matrix's state as it lives in the URL; unknown values fall back to the defaults. */
export const matrixParamsSchema = z.object({
  q: urlText(100),
  asOf: urlDate(),
  all: z.literal("1").optional().catch(undefined),
  organisation: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type MatrixFilters = { asOf?: IsoDate; q?: string; all?: boolean; organisation?: string };

const ORG_ID = sql.raw(`"organisations"."id"`);

/**
 * Which organisations the matrix lists: members on the day (or all), matching the search.
 * THE definition the matrix and its export share.
 */
function matrixWhere(params: MatrixFilters): SQL | undefined {
  const status = statusOnSql(ORG_ID, params.asOf ?? todayInPrague());
  const pattern = params.q ? `%${likeEscape(params.q)}%` : "";
  return and(
    params.organisation ? eq(organisations.id, params.organisation) : undefined,
    params.all ? undefined : sql`${status} in (${sql.join(MEMBER_STATES.map((s) => sql`${s}`), sql`, `)})`,
    params.q
      ? sql`(fold(${organisations.name}) like fold(${pattern})
          or fold(coalesce(${organisations.nameCs}, '')) like fold(${pattern})
          or fold(coalesce(${organisations.abbreviation}, '')) like fold(${pattern}))`
      : undefined,
  );
}

/** The ids of every organisation the matrix lists (all pages), as a subquery for exports. */
export function matrixOrganisationIds(params: MatrixFilters): SQL {
  const where = matrixWhere(params);
  return sql`select ${ORG_ID} from ${organisations}${where ? sql` where ${where}` : sql``}`;
}

export const getRepresentationMatrix = defineQuery({
  name: "representations.matrix",
  permission: "registry.read",
  run: async (db, params: MatrixFilters & { page?: number }) => {
    const asOf = params.asOf ?? todayInPrague();
    const page = params.page ?? 1;
    const status = statusOnSql(ORG_ID, asOf);
    const where = matrixWhere(params);
    const locale = await uiLocale();
    const [orgRows, [total]] = await Promise.all([
      db
        .select({ id: organisations.id, short: shortNameSql(locale, organisations), status })
        .from(organisations)
        .where(where)
        .orderBy(sql`${displayNameSql(locale, organisations)} collate czech`)
        .limit(MATRIX_PAGE_SIZE)
        .offset((page - 1) * MATRIX_PAGE_SIZE),
      db.select({ n: count() }).from(organisations).where(where),
    ]);
    const ids = orgRows.map((o) => o.id);
    const base = { asOf, page, pageSize: MATRIX_PAGE_SIZE, total: total?.n ?? 0 };
    if (ids.length === 0) return { ...base, rows: [], vacancies: 0 };
    const [bodyRows, seats, vacancyRows] = await Promise.all([
          db
            .select({ id: bodies.id, organisationId: bodies.organisationId, name: displayNameSql(locale, bodies), kind: bodies.kind })
            .from(bodies)
            .where(and(inArray(bodies.organisationId, ids), eq(bodies.active, true)))
            .orderBy(sql`${displayNameSql(locale, bodies)} collate czech`),
          seatsOf(db, locale)
            .where(
              and(
                inArray(representations.organisationId, ids),
                coversSql(representations.validFrom, representations.validTo, asOf),
              ),
            )
            .orderBy(asc(representations.validFrom)),
          // Vacancies of ALL the listed organisations (every page): the total the list shows.
          db.execute<RawVacancy>(sql`select * from ${vacanciesSql(asOf, locale, sql`o.id in (${matrixOrganisationIds(params)})`)} v`),
        ]);
    const vacant = new Set(vacancyRows.rows.map((v) => `${v.organisation_id}:${v.body_id ?? ""}`));

    type Cell = { id: string; label: string; personId: string | null; departmentId: string | null; validTo: string | null; deputyForLabel: string | null }[];
    const emptyCells = () => Object.fromEntries(REPRESENTATION_ROLES.map((r) => [r, [] as Cell])) as Record<RepresentationRole, Cell>;
    const rows = orgRows.flatMap((o) => {
      const rowFor = (bodyId: string | null, bodyName: string | null) => {
        const cells = emptyCells();
        for (const s of seats) {
          if (s.organisationId !== o.id || s.bodyId !== bodyId) continue;
          cells[s.role].push({
            id: s.id,
            label: holderLabel(s),
            personId: s.personId,
            departmentId: s.personId ? null : s.departmentId,
            validTo: s.validTo,
            deputyForLabel: s.deputyForLabel,
          });
        }
        return {
          organisationId: o.id,
          organisationName: o.short,
          status: o.status,
          bodyId,
          bodyName,
          cells,
          vacant: vacant.has(`${o.id}:${bodyId ?? ""}`),
        };
      };
      return [rowFor(null, null), ...bodyRows.filter((b) => b.organisationId === o.id).map((b) => rowFor(b.id, b.name))];
    });
    return { ...base, rows, vacancies: vacancyRows.rows.length };
  },
});

export const getRepresentationForEdit = defineQuery({
  name: "representations.getForEdit",
  permission: "registry.write",
  run: async (db, { id }: { id: string }) => {
    const [row] = await seatsOf(db, await uiLocale()).where(eq(representations.id, id));
    return row ?? null;
  },
});

/** What the seat form offers: organisations, their active bodies, people, departments, seats a deputy can stand in for. */
export const getRepresentationFormOptions = defineQuery({
  name: "representations.formOptions",
  permission: "registry.write",
  run: async (db, _input: void) => {
    const today = todayInPrague();
    const locale = await uiLocale();
    const [orgs, bodyRows, personRows, departmentRows, mainSeats] = await Promise.all([
      db
        .select({ id: organisations.id, label: fullLabelSql(locale, organisations) })
        .from(organisations)
        .orderBy(sql`${displayNameSql(locale, organisations)} collate czech`),
      db
        .select({
          id: bodies.id,
          organisationId: bodies.organisationId,
          name: displayNameSql(locale, bodies),
          organisationName: shortNameSql(locale, organisations),
        })
        .from(bodies)
        .innerJoin(organisations, eq(organisations.id, bodies.organisationId))
        .where(eq(bodies.active, true))
        .orderBy(sql`${shortNameSql(locale, organisations)} collate czech`, sql`${displayNameSql(locale, bodies)} collate czech`),
      db
        .select({ id: people.id, name: personNameSql, departmentCode: departments.code, leftOn: people.leftOn })
        .from(people)
        .leftJoin(departments, eq(departments.id, people.departmentId))
        .where(and(isNull(people.anonymisedAt), or(isNull(people.leftOn), gte(people.leftOn, today))))
        .orderBy(sql`${people.lastName} collate czech`, sql`${people.firstName} collate czech`),
      db
        .select({ id: departments.id, code: departments.code, name: departments.name })
        .from(departments)
        .where(isNull(departments.abolishedOn))
        .orderBy(departments.code),
      seatsOf(db, locale)
        .where(
          and(
            sql`${representations.role} <> 'deputy'`,
            or(isNull(representations.validTo), gte(representations.validTo, today)),
          ),
        )
        .orderBy(sql`${shortNameSql(locale, organisations)} collate czech`, representations.role),
    ]);
    return { organisations: orgs, bodies: bodyRows, people: personRows, departments: departmentRows, mainSeats };
  },
});
