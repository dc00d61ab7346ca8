import "server-only";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { attendance, departments, people, representations } from "@/db/schema";
import { todayInPrague, type IsoDate } from "@/lib/dates";
import { defineQuery } from "@/lib/queries";
import { departmentScope } from "@/lib/representation/scope";
import { seatsOf } from "@/lib/representation/seats";
import { urlText, z } from "@/lib/validation";
import { cursorParams, defineKeyset, keyPart } from "@/lib/lists/keyset";
import { uiLocale } from "@/lib/i18n/ui-locale";

export const PEOPLE_PAGE_SIZE = 25;

export const peopleParamsSchema = z.object({
  q: urlText(100),
  status: z.enum(["current", "left", "all"]).optional().catch(undefined),
  department: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  ...cursorParams,
});
export type PeopleParams = z.output<typeof peopleParamsSchema>;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The list's order (surname, first name in Czech order, id) and its keyset pages (lib/lists/keyset.ts). */
export const peopleKeyset = defineKeyset(
  [
    { expr: sql`${people.lastName} collate czech`, type: "text" },
    { expr: sql`${people.firstName} collate czech`, type: "text" },
    { expr: people.id, type: "uuid" },
  ],
  [keyPart.text(), keyPart.text(), keyPart.uuid()],
);

/**
 * One page of people, by keyset (docs/ARCHITECTURE.md, "Lists"; a bare `page` by OFFSET). The
 * total is an exact count: the register holds people in the tens of thousands at most, and the
 * count of a filter over them is a few milliseconds.
 */
export const listPeople = defineQuery({
  name: "people.list",
  permission: "registry.read",
  run: async (db, params: PeopleParams) => {
    const today = todayInPrague();
    const page = params.page ?? 1;
    const pattern = params.q ? `%${likeEscape(params.q)}%` : null;
    const where = and(
      pattern
        ? sql`fold(${people.firstName} || ' ' || ${people.lastName} || ' ' || coalesce(${people.email}, '')) like fold(${pattern})`
        : undefined,
      params.status === "left" ? sql`${people.leftOn} < ${today}::date` : undefined,
      (params.status ?? "current") === "current" ? sql`(${people.leftOn} is null or ${people.leftOn} >= ${today}::date)` : undefined,
      params.department ? eq(people.departmentId, params.department) : undefined,
    );
    const seats = sql<number>`(select count(*)::int from representations r where r.person_id = ${people.id}
      and r.valid_from <= ${today}::date and (r.valid_to is null or r.valid_to >= ${today}::date))`;
    const read = peopleKeyset.page(params, page, PEOPLE_PAGE_SIZE);
    const [found, [total]] = await Promise.all([
      db
        .select({
          listKey: peopleKeyset.keySql,
          id: people.id,
          title: people.title,
          firstName: people.firstName,
          lastName: people.lastName,
          email: people.email,
          departmentId: people.departmentId,
          departmentCode: departments.code,
          leftOn: people.leftOn,
          anonymisedAt: people.anonymisedAt,
          currentSeats: seats,
        })
        .from(people)
        .leftJoin(departments, eq(departments.id, people.departmentId))
        .where(and(where, read.where))
        .orderBy(...read.orderBy)
        .limit(read.limit)
        .offset(read.offset),
      db.select({ n: count() }).from(people).where(where),
    ]);
    const { rows, keys } = peopleKeyset.finish(found, read, PEOPLE_PAGE_SIZE);
    return { today, page, pageSize: PEOPLE_PAGE_SIZE, total: total?.n ?? 0, rows, keys };
  },
});

/** A person's page: their details, every seat past and present, and how many meetings they attended. */
export const getPerson = defineQuery({
  name: "people.get",
  permission: "registry.read",
  run: async (db, { id }: { id: string }) => {
    const [person] = await db
      .select({ person: people, departmentCode: departments.code, departmentName: departments.name })
      .from(people)
      .leftJoin(departments, eq(departments.id, people.departmentId))
      .where(eq(people.id, id));
    if (!person) return null;
    const [seats, [attended]] = await Promise.all([
      seatsOf(db, await uiLocale()).where(eq(representations.personId, id)).orderBy(sql`${representations.validFrom} desc`).limit(200),
      db
        .select({ n: count() })
        .from(attendance)
        .where(and(eq(attendance.personId, id), eq(attendance.status, "attended"))),
    ]);
    return {
      ...person.person,
      departmentCode: person.departmentCode,
      departmentName: person.departmentName,
      seats,
      attendedMeetings: attended?.n ?? 0,
      today: todayInPrague(),
    };
  },
});

export const getPersonForEdit = defineQuery({
  name: "people.getForEdit",
  permission: "registry.write",
  run: async (db, { id }: { id: string }) => {
    const [row] = await db.select().from(people).where(eq(people.id, id));
    return row ?? null;
  },
});

export const listDepartments = defineQuery({
  name: "departments.list",
  permission: "registry.read",
  run: async (db, _input: void) => {
    const today = todayInPrague();
    return db
      .select({
        id: departments.id,
        code: departments.code,
        name: departments.name,
        abolishedOn: departments.abolishedOn,
        peopleCount: sql<number>`(select count(*)::int from people p where p.department_id = ${departments.id}
          and (p.left_on is null or p.left_on >= ${today}::date))`,
        ownSeats: sql<number>`(select count(*)::int from representations r where r.person_id is null
          and r.department_id = ${departments.id}
          and r.valid_from <= ${today}::date and (r.valid_to is null or r.valid_to >= ${today}::date))`,
      })
      .from(departments)
      .orderBy(sql`${departments.abolishedOn} is not null`, departments.code);
  },
});

/** Department options for forms (open departments only). */
export const listOpenDepartments = defineQuery({
  name: "departments.options",
  permission: "registry.read",
  run: async (db, _input: void) =>
    db
      .select({ id: departments.id, code: departments.code, name: departments.name })
      .from(departments)
      .where(isNull(departments.abolishedOn))
      .orderBy(departments.code),
});

/**
 * A department's page: its people, the seats it holds as a whole and through its people, and
 * its scope on a date (what its staff may log meetings for).
 */
export const getDepartment = defineQuery({
  name: "departments.get",
  permission: "registry.read",
  run: async (db, { id, asOf }: { id: string; asOf?: IsoDate }) => {
    const date = asOf ?? todayInPrague();
    const [department] = await db.select().from(departments).where(eq(departments.id, id));
    if (!department) return null;
    const [members, seats, scope] = await Promise.all([
      db
        .select({ id: people.id, title: people.title, firstName: people.firstName, lastName: people.lastName, leftOn: people.leftOn })
        .from(people)
        .where(eq(people.departmentId, id))
        .orderBy(sql`${people.leftOn} is not null`, sql`${people.lastName} collate czech`)
        .limit(200),
      seatsOf(db, await uiLocale())
        .where(
          sql`((${representations.personId} is null and ${representations.departmentId} = ${id})
            or ${representations.personId} in (select p.id from people p where p.department_id = ${id}))`,
        )
        .orderBy(sql`${representations.validFrom} desc`)
        .limit(200),
      departmentScope(db, { departmentId: id, date }),
    ]);
    return { department, members, seats, scope, asOf: date };
  },
});

export const getDepartmentForEdit = defineQuery({
  name: "departments.getForEdit",
  permission: "registry.write",
  run: async (db, { id }: { id: string }) => {
    const [row] = await db.select().from(departments).where(eq(departments.id, id));
    return row ?? null;
  },
});
