import "server-only";
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { todayInPrague, type IsoDate } from "@/lib/dates";
import { defineQuery } from "@/lib/queries";
import { env } from "@/lib/env";
import { lastFetch } from "./fetch";
import { RATE_SOURCES } from "./import";

export type LatestRate = { currency: string; amount: number; rate: string; validOn: IsoDate; source: string };

export type RatesOverview = {
  today: IsoDate;
  /** Earliest and latest fixing stored; null when the table is empty. */
  from: IsoDate | null;
  to: IsoDate | null;
  /** Whole days since the latest fixing. */
  ageDays: number | null;
  count: number;
  /** Dates covered by the demo's invented sample rates; null when none are stored. */
  sample: { from: IsoDate; to: IsoDate } | null;
  latest: LatestRate[];
  /** The automatic daily fetch: whether it is configured, and how its last run went. */
  fetch: { configured: boolean; last: Awaited<ReturnType<typeof lastFetch>> };
};

/** What the rates page shows: coverage, age of the latest fixing, samples, the latest rate per currency. */
export async function ratesOverview(db: Queryable, today: IsoDate = todayInPrague()): Promise<RatesOverview> {
  const [summary, latest, last] = await Promise.all([
    db.execute<{ from: string | null; to: string | null; n: number | string; sfrom: string | null; sto: string | null }>(sql`
      select min(valid_on)::text as "from", max(valid_on)::text as "to", count(*) as n,
        min(valid_on) filter (where source = ${RATE_SOURCES.sample})::text as sfrom,
        max(valid_on) filter (where source = ${RATE_SOURCES.sample})::text as sto
      from exchange_rates`),
    db.execute<{ currency: string; amount: number | string; rate: string; validOn: string; source: string }>(sql`
      select distinct on (currency) currency, amount, rate::text as rate, valid_on::text as "validOn", source
      from exchange_rates order by currency, valid_on desc`),
    lastFetch(db),
  ]);
  const s = summary.rows[0]!;
  const ageDays = s.to === null ? null : Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${s.to}T00:00:00Z`)) / 86_400_000);
  return {
    today,
    from: s.from,
    to: s.to,
    ageDays,
    count: Number(s.n),
    sample: s.sfrom && s.sto ? { from: s.sfrom, to: s.sto } : null,
    latest: latest.rows.map((r) => ({ ...r, amount: Number(r.amount) })),
    fetch: { configured: Boolean(env().CNB_RATES_URL), last },
  };
}

export const getRatesOverview = defineQuery({
  name: "rates.overview",
  permission: "registry.read",
  run: (db, _input: void) => ratesOverview(db),
});
