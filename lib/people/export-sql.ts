import { sql } from "drizzle-orm";

/** A person's name as exports show it; an anonymised person has none. */
export const personNameSql = (alias: string) =>
  sql.raw(`case when ${alias}.anonymised_at is null then ${alias}.first_name || ' ' || ${alias}.last_name end`);
