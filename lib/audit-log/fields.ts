/** Bookkeeping columns that every edit changes; the diff of an update leaves them out. */
export const BOOKKEEPING_FIELDS = new Set(["id", "createdAt", "updatedAt", "version"]);

export type FieldChange = { field: string; before: unknown; after: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an event changed, in the record's own column order. A creation lists what was set,
 * a security event what it recorded; an update only what differs (bookkeeping left out).
 */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const b = isObject(before) ? before : null;
  const a = isObject(after) ? after : null;
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const from = b?.[field] ?? null;
    const to = a?.[field] ?? null;
    if (b && a && (BOOKKEEPING_FIELDS.has(field) || same(from, to))) continue;
    if ((!b || !a) && (from === null && to === null)) continue;
    if ((!b || !a) && BOOKKEEPING_FIELDS.has(field) && field !== "id") continue;
    changes.push({ field, before: from, after: to });
  }
  return changes;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
