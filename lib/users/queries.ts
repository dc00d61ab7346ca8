import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { departments, people, users } from "@/db/schema";
import { defineQuery } from "@/lib/queries";

export const USERS_PAGE_SIZE = 25;

/** What the admin screens show of a user: never the password hash or session internals. */
const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  departmentId: users.departmentId,
  departmentCode: departments.code,
  personId: users.personId,
  active: users.active,
  version: users.version,
  lastSignInAt: users.lastSignInAt,
};

export type UserSummary = {
  id: string;
  email: string;
  name: string;
  role: (typeof users.$inferSelect)["role"];
  departmentId: string | null;
  departmentCode: string | null;
  personId: string | null;
  active: boolean;
  version: number;
  lastSignInAt: Date | null;
};

/** One page of users in Czech alphabetical order of name (collation from drizzle/0003), then e-mail. */
export const listUsers = defineQuery({
  name: "users.list",
  permission: "users.manage",
  run: async (db, input: { page: number; pageSize?: number }) => {
    const pageSize = input.pageSize ?? USERS_PAGE_SIZE;
    const [totals] = await db.select({ total: count() }).from(users);
    const total = totals?.total ?? 0;
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    // A page past the end (a bookmark after deletions) shows the last page, not an empty table.
    const page = Math.min(Math.max(1, Math.trunc(input.page) || 1), pageCount);
    const rows: UserSummary[] = await db
      .select(userColumns)
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .orderBy(sql`${users.name} collate czech`, asc(users.email))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { rows, total, page, pageCount, pageSize };
  },
});

export const getUser = defineQuery({
  name: "users.get",
  permission: "users.manage",
  run: async (db, input: { id: string }): Promise<UserSummary | null> => {
    const [row] = await db
      .select(userColumns)
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(eq(users.id, input.id));
    return row ?? null;
  },
});

/** Departments a user can be assigned to: abolished ones only stay for users already in them. */
export const listDepartmentOptions = defineQuery({
  name: "users.departments",
  permission: "users.manage",
  run: async (db, input: { includeId?: string | null }) => {
    const rows = await db
      .select({ id: departments.id, code: departments.code, name: departments.name, abolishedOn: departments.abolishedOn })
      .from(departments)
      .orderBy(asc(departments.code));
    return rows.filter((d) => d.abolishedOn === null || d.id === input.includeId);
  },
});

/**
 * People an account can be linked to: not anonymised, and not linked to another account (the
 * edited user's own person stays in the list).
 */
export const listPersonOptions = defineQuery({
  name: "users.people",
  permission: "users.manage",
  run: async (db, input: { userId?: string | null }) => {
    const rows = await db
      .select({ id: people.id, firstName: people.firstName, lastName: people.lastName, departmentCode: departments.code })
      .from(people)
      .leftJoin(departments, eq(departments.id, people.departmentId))
      .where(
        and(
          isNull(people.anonymisedAt),
          sql`not exists (select 1 from users u where u.person_id = ${people.id}
            ${input.userId ? sql`and u.id <> ${input.userId}::uuid` : sql``})`,
        ),
      )
      .orderBy(sql`${people.lastName} collate czech`, sql`${people.firstName} collate czech`, asc(people.id));
    return rows.map((p) => ({
      value: p.id,
      label: `${p.lastName} ${p.firstName}${p.departmentCode ? ` (${p.departmentCode})` : ""}`,
    }));
  },
});

export const countUsers = defineQuery({
  name: "users.count",
  permission: "users.manage",
  run: async (db, _input: void) => {
    const [row] = await db
      .select({ total: count(), active: sql<number>`count(*) filter (where ${users.active})`.mapWith(Number) })
      .from(users);
    return { total: row?.total ?? 0, active: row?.active ?? 0 };
  },
});
