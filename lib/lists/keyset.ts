import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { isIsoDate } from "@/lib/dates";
import { isStorableText, z } from "@/lib/validation";

/**
 * Keyset pages for every list (docs/ARCHITECTURE.md, "Lists"). A list names its order once, as
 * key columns with a direction and the zod schema of each value; this module then gives
 *
 * - `keySql`: the row's key as SQL (select it with the row) and `encode`/`decode`: the key as an
 *   opaque base64url URL token, validated on the way back (a damaged token is no cursor at all);
 * - `page(cursor)`: the condition "rows after (or before) this key" and the ORDER BY to read them,
 *   as one row comparison `(a, b) < (x, y)` when all directions agree (Postgres reads it as an
 *   index range), else spelled out with the first column's bound in front (an index condition);
 * - `finish(rows)`: the page's rows in list order, whether a next page exists (the query reads
 *   one row more than it shows), and the neighbouring pages' cursors;
 * - `pageLinkParams`: THE link rule: a later page carries `after`, an earlier one `before`,
 *   page 1 nothing (it is read from the top), and a bare `page=N` works by OFFSET.
 *
 * Key columns must be NOT NULL expressions (coalesce a nullable one) and end with a unique one.
 */

/** One column of the order: the expression, its direction, and the SQL type its bound is cast to. */
export type KeyColumn = { expr: SQLWrapper; desc?: boolean; type: "date" | "timestamptz" | "text" | "uuid" | "bigint" };

/** Values a key may hold, each checked so that the cast of a forged token never fails in SQL. */
export const keyPart = {
  date: () => z.string().refine(isIsoDate),
  /** A date column coalesced to 'infinity' (a nullable date sorted last). */
  dateOrInfinity: () => z.union([z.literal("infinity"), z.string().refine(isIsoDate)]),
  timestamp: () =>
    z.iso.datetime({ offset: true }).refine((s) => s.slice(0, 4) >= "1000" && !Number.isNaN(Date.parse(s))),
  text: (max = 500) => z.string().max(max).refine(isStorableText),
  uuid: () => z.uuid(),
  bigint: () => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
};

/** The list's URL parameters for the cursors (add to the list's params schema). */
export const cursorParams = {
  after: z.string().max(4000).optional().catch(undefined),
  before: z.string().max(4000).optional().catch(undefined),
};
export type Cursor = { after?: string; before?: string };

/** The neighbouring pages' cursors, as the list query returns them. */
export type PageKeys = { before?: string; after?: string };

export function defineKeyset<const T extends readonly [z.ZodType, ...z.ZodType[]]>(columns: readonly KeyColumn[], parts: T) {
  if (columns.length !== parts.length) throw new Error("keyset: one schema per key column");
  const schema = z.tuple(parts as unknown as [z.ZodType, ...z.ZodType[]]);
  type Key = z.output<z.ZodTuple<{ -readonly [K in keyof T]: T[K] }>>;

  function encode(key: Key): string {
    return Buffer.from(JSON.stringify(key)).toString("base64url");
  }
  function decode(token: string | undefined): Key | null {
    if (!token) return null;
    try {
      const parsed = schema.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
      return parsed.success ? (parsed.data as Key) : null;
    } catch {
      return null;
    }
  }

  const bound = (value: unknown, c: KeyColumn) => sql`${value}::${sql.raw(c.type)}`;
  const cmp = (c: KeyColumn, later: boolean) => sql.raw(later === !c.desc ? ">" : "<");

  /** Rows strictly after `key` in the list's order (`later`), or strictly before it. */
  function beyond(key: Key, later: boolean): SQL {
    const values = key as readonly unknown[];
    const uniform = columns.every((c) => Boolean(c.desc) === Boolean(columns[0]!.desc));
    if (uniform) {
      return sql`((${sql.join(columns.map((c) => c.expr), sql`, `)}) ${cmp(columns[0]!, later)} (${sql.join(
        columns.map((c, i) => bound(values[i], c)),
        sql`, `,
      )}))`;
    }
    // (a, b, c) in mixed directions: a beyond, or a equal and b beyond, or ...; the first column's
    // non-strict bound in front lets an index on it start at the key instead of at the top.
    const first = columns[0]!;
    const alternatives = columns.map((c, i) =>
      sql.join(
        [...columns.slice(0, i).map((e, j) => sql`${e.expr} = ${bound(values[j], e)}`), sql`${c.expr} ${cmp(c, later)} ${bound(values[i], c)}`],
        sql` and `,
      ),
    );
    return sql`(${first.expr} ${cmp(first, later)}= ${bound(values[0], first)} and (${sql.join(alternatives, sql` or `)}))`;
  }

  const order = (backwards: boolean) => columns.map((c) => sql`${c.expr} ${sql.raw(Boolean(c.desc) !== backwards ? "desc" : "asc")}`);

  return {
    schema,
    encode,
    decode,
    /** The row's key as JSON text; select it as `listKey` with the row. */
    keySql: sql<string>`json_build_array(${sql.join(columns.map((c) => c.expr), sql`, `)})::text`,
    /** The list's order (first page, OFFSET pages, exports). */
    orderBy: order(false),
    /**
     * What to read for a page: `where` (undefined without a usable cursor), the ORDER BY, and the
     * OFFSET (0 when a cursor is used). Read `limit` rows: one more than the page shows.
     */
    page(cursor: Cursor, page: number, pageSize: number) {
      const after = decode(cursor.after);
      const before = after ? null : decode(cursor.before);
      const backwards = Boolean(before);
      return {
        where: after ? beyond(after, true) : before ? beyond(before, false) : undefined,
        orderBy: order(backwards),
        offset: after || before ? 0 : (page - 1) * pageSize,
        limit: pageSize + 1,
        backwards,
      };
    },
    /**
     * The page's rows in list order (at most `pageSize`), whether a next page exists, and the
     * cursors of its first and last rows. Read backwards, the extra row means a previous page;
     * the page we came back from is the next one.
     */
    finish<R extends { listKey: string }>(found: R[], read: { backwards: boolean }, pageSize: number) {
      const extra = found.length > pageSize;
      const shown = found.slice(0, pageSize);
      const rows = read.backwards ? shown.reverse() : shown;
      const token = (r: R | undefined) => (r ? encode(JSON.parse(r.listKey) as Key) : undefined);
      return {
        rows: rows.map(({ listKey: _, ...rest }) => rest),
        hasNext: read.backwards ? true : extra,
        keys: { before: token(rows[0]), after: token(rows.at(-1)) } satisfies PageKeys,
      };
    },
  };
}

/** THE link rule: the parameters of the link from page `current` to page `target`. */
export function pageLinkParams(target: number, current: number, keys: PageKeys): { page: number; after?: string; before?: string } {
  return {
    page: target,
    after: target > current ? keys.after : undefined,
    before: target < current && target > 1 ? keys.before : undefined,
  };
}
