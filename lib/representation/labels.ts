import { sql } from "drizzle-orm";
import { departments, people } from "@/db/schema";

/**
 * How a seat's holder reads everywhere: a person's name (an anonymised person already carries the
 * placeholder in the name columns), or the department as a whole ("DOP MHMP").
 */
export const personNameSql = sql<string>`trim(coalesce(${people.title} || ' ', '') || ${people.firstName} || ' ' || ${people.lastName})`;
export const departmentLabelSql = sql<string | null>`${departments.code} || ' MHMP'`;

/** A date range's "is it current on D" test, `valid_to` inclusive and null open-ended. */
export const coversSql = (from: unknown, to: unknown, date: string) =>
  sql`${from} <= ${date}::date and (${to} is null or ${to} >= ${date}::date)`;
