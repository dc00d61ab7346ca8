import { sql, type SQL } from "drizzle-orm";

/**
 * A cited decision as an export cell, in Czech like every export (lib/exports/columns.ts):
 * "Rada HMP, usnesení č. 1234 ze dne 3. 2. 2026"; null when the record cites none.
 */
export function decisionReferenceSql(decisionId: SQL | string): SQL {
  const id = typeof decisionId === "string" ? sql.raw(decisionId) : decisionId;
  return sql`(select case d.body when 'rada' then 'Rada HMP' else 'Zastupitelstvo HMP' end
    || ', usnesení č. ' || d.number || ' ze dne ' || to_char(d.decided_on, 'FMDD. FMMM. YYYY')
    from council_decisions d where d.id = ${id})`;
}
