/**
 * A list's state lives in its URL (bookmarkable, shareable): these read it and write it back.
 */
type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of each search parameter (a repeated one counts once), for a zod schema. */
export async function firstSearchParams(searchParams: Promise<SearchParams>): Promise<Record<string, string | undefined>> {
  return Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** The list's URL with some parameters changed; empty ones are left out. */
export function hrefWith<P extends object>(path: string, params: P, change: Partial<P>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, ...change })) {
    if (v !== undefined && v !== null && v !== "") query.set(k, String(v));
  }
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}
