import { expect } from "vitest";
import type { PageKeys } from "@/lib/lists/keyset";

type Page = { rows: { id: string | number }[]; keys: PageKeys };
type Read = (link: { page: string; after?: string; before?: string }) => Promise<Page>;

/**
 * A keyset list's contract (lib/lists/keyset.ts): following the "next" links' `after` cursors and
 * then the "previous" links' `before` cursors shows exactly the rows of the OFFSET pages (a bare
 * `page=N`), and a damaged cursor is ignored (the page by its number). `read` parses the link's
 * parameters with the list's own URL schema. Returns the OFFSET pages' ids.
 */
export async function expectCursorPagesMatchOffset(read: Read, pages: number, expectedRows: number) {
  const ids = (p: Page) => p.rows.map((r) => r.id);
  const byOffset: Page[] = [];
  for (let page = 1; page <= pages; page++) byOffset.push(await read({ page: String(page) }));
  expect(byOffset.flatMap(ids)).toHaveLength(expectedRows);
  expect(new Set(byOffset.flatMap(ids)).size).toBe(expectedRows);

  let current = byOffset[0]!;
  for (let page = 2; page <= pages; page++) {
    current = await read({ page: String(page), after: current.keys.after });
    expect(ids(current), `page ${page}`).toEqual(ids(byOffset[page - 1]!));
  }
  for (let page = pages - 1; page >= 2; page--) {
    current = await read({ page: String(page), before: current.keys.before });
    expect(ids(current), `back to page ${page}`).toEqual(ids(byOffset[page - 1]!));
  }
  for (const damaged of ["nonsense", Buffer.from('["x", 1]').toString("base64url"), Buffer.from("[]").toString("base64url")]) {
    const page = await read({ page: "2", after: damaged });
    expect(ids(page), `damaged cursor ${damaged}`).toEqual(ids(byOffset[1]!));
  }
  return byOffset.map(ids);
}
