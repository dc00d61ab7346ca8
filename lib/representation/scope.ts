import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import type { IsoDate } from "@/lib/dates";
import type { ScopeRange } from "./scope-ranges";

/**
 * A department's scope (docs/ARCHITECTURE.md, "Permissions": staff write meetings and attendance only for organisations or
 * bodies their department represents at the meeting's date).
 *
 * The rule, in one place:
 * - A seat counts when its mandate covers the date (`valid_from <= date <= valid_to`, both
 *   inclusive; an open end runs for ever).
 * - It counts for department D when it is D's own seat (a department represents as a whole), or
 *   when it is held by a person whose department (people.department_id) is D and who had not
 *   left the office before the date. A department abolished before the date represents nothing.
 * - People's departments have no history in the registry, so a person's seat counts for the
 *   department they belong to now. The department stored on a person's seat (the one they had
 *   when it was saved) grants nothing: it only lets the warnings notice a change of department.
 * - A seat in the whole organisation covers the organisation and all its bodies; a seat in a
 *   body covers that body only (not the organisation's general assembly).
 */
function scopeSeatsSql(departmentId: string, date: IsoDate): SQL {
  return sql`
    select r.organisation_id, r.body_id
    from representations r
    left join people p on p.id = r.person_id
    left join departments d on d.id = r.department_id
    where r.valid_from <= ${date}::date
      and (r.valid_to is null or r.valid_to >= ${date}::date)
      and (
        (r.person_id is null and r.department_id = ${departmentId}::uuid
          and (d.abolished_on is null or d.abolished_on >= ${date}::date))
        or (r.person_id is not null and p.department_id = ${departmentId}::uuid
          and (p.left_on is null or p.left_on >= ${date}::date))
      )`;
}

export type DepartmentScope = {
  /** Organisations the department represents as a whole on the date (all their bodies included). */
  organisationIds: string[];
  /** Bodies where the department holds a seat of their own on the date. */
  bodyIds: string[];
};

/** What department `departmentId` represents on `date`. */
export async function departmentScope(
  db: Queryable,
  { departmentId, date }: { departmentId: string; date: IsoDate },
): Promise<DepartmentScope> {
  const result = await db.execute<{ organisation_id: string; body_id: string | null }>(
    sql`select distinct s.organisation_id, s.body_id from (${scopeSeatsSql(departmentId, date)}) s`,
  );
  const organisationIds = new Set<string>();
  const bodyIds = new Set<string>();
  for (const row of result.rows) {
    if (row.body_id) bodyIds.add(row.body_id);
    else organisationIds.add(row.organisation_id);
  }
  return { organisationIds: [...organisationIds].sort(), bodyIds: [...bodyIds].sort() };
}

/**
 * May staff of `departmentId` write a meeting (and its attendance) of `organisationId`, in body
 * `bodyId` or the organisation as a whole (null), held on `date`? For defineMutation's
 * `authorize`, inside the mutation's transaction.
 */
export async function canDepartmentWriteMeeting(
  db: Queryable,
  input: { departmentId: string | null; organisationId: string; bodyId: string | null; date: IsoDate },
): Promise<boolean> {
  if (!input.departmentId) return false;
  const result = await db.execute<{ allowed: boolean }>(sql`
    select exists (
      select 1 from (${scopeSeatsSql(input.departmentId, input.date)}) s
      where s.organisation_id = ${input.organisationId}::uuid
        and (s.body_id is null or s.body_id = ${input.bodyId}::uuid)
    ) as allowed`);
  return result.rows[0]?.allowed === true;
}

/**
 * Every seat that ever puts anything in department `departmentId`'s scope, with the days it
 * counts under the rule above (the mandate, cut at the day the holder left or the department was
 * abolished). The meeting form offers by these, for whatever date the user types; the check on
 * save (`canDepartmentWriteMeeting`) stays the authority.
 */
export async function departmentScopeRanges(db: Queryable, departmentId: string): Promise<ScopeRange[]> {
  const result = await db.execute<{ organisation_id: string; body_id: string | null; valid_from: string; valid_to: string | null }>(sql`
    select distinct r.organisation_id, r.body_id, r.valid_from::text as valid_from,
      (case when r.person_id is null then least(r.valid_to, d.abolished_on) else least(r.valid_to, p.left_on) end)::text as valid_to
    from representations r
    left join people p on p.id = r.person_id
    left join departments d on d.id = r.department_id
    where (r.person_id is null and r.department_id = ${departmentId}::uuid)
       or (r.person_id is not null and p.department_id = ${departmentId}::uuid)`);
  return result.rows
    .map((r) => ({ organisationId: r.organisation_id, bodyId: r.body_id, from: r.valid_from, to: r.valid_to }))
    .filter((r) => r.to === null || r.to >= r.from);
}

