import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { IsoDate } from "@/lib/dates";
import { addDays } from "@/lib/dates";
import { ENTITY_TABLES, type TableEntity } from "./vocabulary";

/**
 * Transaction time in SQL, for exports that stream: the rows of one entity as the registry
 * recorded them at the end of a Prague day, replayed from the audit trail by the same rule as
 * `replay` in ./as-recorded.ts (which the organisation page uses):
 * - the last event at or before the moment: its `after` (none after a deletion);
 * - else the first event after it: a creation means the row did not exist yet; any other event
 *   carries the row as it was (so as it stood then), though the row predates the trail;
 * - no event at all: the row predates the trail and is unchanged since, so it is the row now.
 *
 * Each row comes out as `id` (text), `row` (jsonb in the trail's own camelCase keys, so a current
 * row and a replayed one read alike) and `predates` (the row predates the trail).
 */

/** The first moment after day D in Prague: "recorded on D" is everything before it. */
export const endOfDaySql = (day: IsoDate) => sql`(${addDays(day, 1)}::date::timestamp at time zone 'Europe/Prague')`;

/** A table's current row as the trail stores it: `{"camelCaseKey": value, ...}`. */
function currentRowJson(table: PgTable): SQL {
  const pairs = Object.entries(getTableColumns(table)).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`);
  return sql`jsonb_build_object(${sql.join(pairs, sql`, `)})`;
}

/** Actions that bring a row into being: before them, it was not recorded. */
const CREATING = sql.raw(`('create', 'plan')`);

/**
 * The moment "recorded on D" replays to: the end of day D, or a given instant within the
 * export's parameters (ExportParams.recordedAt: the same replay at a finer grain).
 */
export const recordedMomentSql = (p: { recordedOn: IsoDate; recordedAt?: string }) =>
  p.recordedAt ? sql`(${p.recordedAt}::timestamptz + interval '1 microsecond')` : endOfDaySql(p.recordedOn);

export function recordedRowsSql(entity: TableEntity, at: SQL): SQL {
  const table: PgTable = ENTITY_TABLES[entity];
  const name = sql.identifier(getTableName(table));
  return sql`select r.id, r.row, r.predates from (
      select ids.id,
        case when lb.action is not null then case when lb.action = 'delete' then null else lb.after end
             when fa.action is not null then case when fa.action in ${CREATING} then null else fa.before end
             else cur.row end as row,
        lb.action is null as predates
      from (select e.entity_id as id from audit_events e where e.entity = ${entity} and e.entity_id is not null
            union select t.id::text from ${name} t) ids
      left join lateral (select e.action, e.after from audit_events e
          where e.entity = ${entity} and e.entity_id = ids.id and e.at < ${at}
          order by e.at desc, e.id desc limit 1) lb on true
      left join lateral (select e.action, e.before from audit_events e
          where e.entity = ${entity} and e.entity_id = ids.id and e.at >= ${at}
          order by e.at, e.id limit 1) fa on true
      left join lateral (select ${currentRowJson(table)} as row from ${name} where ${name}.id::text = ids.id) cur on true
    ) r where r.row is not null and jsonb_typeof(r.row) = 'object'`;
}
