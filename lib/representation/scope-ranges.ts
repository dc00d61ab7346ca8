/**
 * A department's scope as date ranges, for the meeting form in the browser (no database code
 * here: this module reaches the client bundle). The rule itself is `scopeSeatsSql` in
 * ./scope.ts, which also checks every save (docs/ARCHITECTURE.md, "Permissions").
 */

/** One seat of a department's scope with the days it counts: from, to (inclusive; null = open). */
export type ScopeRange = { organisationId: string; bodyId: string | null; from: string; to: string | null };

/** Does a range count on `date` (ISO)? The same inclusive test as the SQL. */
export function rangeCovers(range: Pick<ScopeRange, "from" | "to">, date: string): boolean {
  return range.from <= date && (range.to === null || range.to >= date);
}

/**
 * What the department may log on `date`: organisations (a seat in the whole organisation, or in
 * one of its bodies), the bodies (all of an organisation's when it holds a whole-organisation
 * seat), and the organisations where "the whole organisation" itself is allowed.
 */
export function scopeOn(ranges: readonly ScopeRange[], bodiesOf: (organisationId: string) => readonly string[], date: string) {
  const covering = ranges.filter((r) => rangeCovers(r, date));
  const whole = new Set(covering.filter((r) => r.bodyId === null).map((r) => r.organisationId));
  const organisations = new Set(covering.map((r) => r.organisationId));
  const bodies = new Set(covering.flatMap((r) => (r.bodyId ? [r.bodyId] : [])));
  for (const org of whole) for (const b of bodiesOf(org)) bodies.add(b);
  return { organisations, bodies, whole };
}
