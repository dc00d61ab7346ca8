import { aliasedTable, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bodies, departments, organisations, people, representations } from "@/db/schema";
import type { IsoDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { displayNameSql, shortNameSql } from "@/lib/registry/display-name";
import { departmentLabelSql } from "./labels";

/** A seat with everything a list shows: holder, organisation, body, dates, whom a deputy stands in for. */
const holderPerson = aliasedTable(people, "holder_person");

const seatColumns = (locale: Locale) => ({
  id: representations.id,
  version: representations.version,
  organisationId: representations.organisationId,
  organisationName: shortNameSql(locale, organisations),
  bodyId: representations.bodyId,
  bodyName: sql<string | null>`${displayNameSql(locale, bodies)}`,
  personId: representations.personId,
  personName: sql<string | null>`case when ${holderPerson.id} is null then null else trim(coalesce(${holderPerson.title} || ' ', '') || ${holderPerson.firstName} || ' ' || ${holderPerson.lastName}) end`,
  holderAnonymised: sql<boolean>`${holderPerson.anonymisedAt} is not null`,
  departmentId: representations.departmentId,
  departmentLabel: departmentLabelSql,
  role: representations.role,
  validFrom: representations.validFrom,
  validTo: representations.validTo,
  mandateSource: representations.mandateSource,
  note: representations.note,
  deputyForId: representations.deputyForId,
  // A subquery, not a self-join: Drizzle types a table joined to its own alias as `never`.
  deputyForLabel: sql<string | null>`(select coalesce(
      trim(coalesce(tp.title || ' ', '') || tp.first_name || ' ' || tp.last_name), td.code || ' MHMP')
    from representations t
    left join people tp on tp.id = t.person_id
    left join departments td on td.id = t.department_id
    where t.id = ${representations.deputyForId})`,
});

export function seatsOf(db: Db, locale: Locale) {
  return db
    .select(seatColumns(locale))
    .from(representations)
    .innerJoin(organisations, eq(organisations.id, representations.organisationId))
    .leftJoin(bodies, eq(bodies.id, representations.bodyId))
    .leftJoin(holderPerson, eq(holderPerson.id, representations.personId))
    .leftJoin(departments, eq(departments.id, representations.departmentId));
}

export type SeatRow = Awaited<ReturnType<ReturnType<typeof seatsOf>["execute"]>>[number];

/** The holder's label: the person, or the whole department. */
export const holderLabel = (s: Pick<SeatRow, "personName" | "departmentLabel">) => s.personName ?? s.departmentLabel ?? "—";

/** Current (or future) and past seats, as the organisation, person and department pages split them. */
export function splitByDate<T extends { validTo: string | null }>(seats: readonly T[], asOf: IsoDate) {
  return {
    current: seats.filter((s) => s.validTo === null || s.validTo >= asOf),
    past: seats.filter((s) => s.validTo !== null && s.validTo < asOf),
  };
}

/** Every seat of one organisation, newest first (the organisation page's "Kdo nás zastupuje"). */
export async function seatsOfOrganisation(db: Db, organisationId: string, locale: Locale) {
  return seatsOf(db, locale)
    .where(eq(representations.organisationId, organisationId))
    .orderBy(sql`${representations.bodyId} is not null`, displayNameSql(locale, bodies), desc(representations.validFrom))
    .limit(200);
}

