import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { between, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { exchangeRateFetches, exchangeRates } from "@/db/schema";
import { fetchDay, fetchRatesIfDue, lastFetch } from "@/lib/rates/fetch";
import { ratesOverview } from "@/lib/rates/queries";

/**
 * The automatic fetch against an HTTP server of the test's own, serving what the test says: a
 * ČNB daily file, a 500, a body that is not a ČNB file. Days far in the future (2190s), so no
 * other file's rates or fees meet these.
 */
let server: Server;
let base = "";
let answer: { status: number; body: string } = { status: 200, body: "" };
let hits = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    res.writeHead(answer.status, { "content-type": "text/plain; charset=utf-8" });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

const YEAR = 2190 + Math.floor(Math.random() * 8);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  const db = await getDb();
  await db.delete(exchangeRates).where(between(exchangeRates.validOn, `${YEAR}-01-01`, `${YEAR}-12-31`));
  await db.delete(exchangeRateFetches).where(between(exchangeRateFetches.day, `${YEAR}-01-01`, `${YEAR}-12-31`));
});

/** 15:00 Prague time (UTC+1 in winter) on a January day of YEAR. */
const at = (day: string, time = "14:00") => new Date(`${day}T${time}:00Z`);
function weekdays(year: number) {
  const out: string[] = [];
  const d = new Date(Date.UTC(year, 0, 5));
  while (out.length < 3) {
    if (d.getUTCDay() >= 1 && d.getUTCDay() <= 5) out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out as [string, string, string];
}
const daily = (day: string, eur: string) =>
  `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)} #3\nzemě|měna|množství|kód|kurz\nEMU|euro|1|EUR|${eur}\n`;

describe("automatic daily fetch", () => {
  it("is due on working days after 14:30 Prague time only", () => {
    expect(fetchDay(new Date("2026-12-04T13:31:00Z"))).toBe("2026-12-04"); // Friday 14:31 CET
    expect(fetchDay(new Date("2026-12-04T13:29:00Z"))).toBeNull(); // 14:29
    expect(fetchDay(new Date("2026-12-05T15:00:00Z"))).toBeNull(); // Saturday
    expect(fetchDay(new Date("2026-07-06T12:31:00Z"))).toBe("2026-07-06"); // summer time: 14:31 CEST
  });

  it("imports once a working day; a 500 or a malformed body keeps the last rates and says so", async () => {
    const db = await getDb();
    const [d1, d2, d3] = weekdays(YEAR);
    const eur = () => db.select({ validOn: exchangeRates.validOn, rate: exchangeRates.rate }).from(exchangeRates)
      .where(between(exchangeRates.validOn, `${YEAR}-01-01`, `${YEAR}-12-31`)).orderBy(exchangeRates.validOn);

    answer = { status: 200, body: daily(d1, "24,111") };
    expect(await fetchRatesIfDue(db, `${base}/denni_kurz.txt`, at(d1, "13:00"))).toEqual({ status: "not_due" });
    expect(hits).toBe(0);
    expect(await fetchRatesIfDue(db, `${base}/denni_kurz.txt`, at(d1))).toMatchObject({ status: "imported" });
    expect(hits).toBe(1);
    expect(await eur()).toEqual([{ validOn: d1, rate: "24.111000" }]);

    // The same day again (another instance, a later check): ČNB is not asked twice.
    answer = { status: 200, body: daily(d1, "99,999") };
    expect(await fetchRatesIfDue(db, `${base}/denni_kurz.txt`, at(d1, "16:00"))).toEqual({ status: "already_done" });
    expect(hits).toBe(1);

    // The next day the server fails: the rates stay, and the failure is recorded for the page.
    answer = { status: 500, body: "Internal Server Error" };
    expect(await fetchRatesIfDue(db, `${base}/denni_kurz.txt`, at(d2))).toMatchObject({ status: "failed", message: expect.stringContaining("500") });
    expect(await eur()).toEqual([{ validOn: d1, rate: "24.111000" }]);
    expect(await lastFetch(db)).toMatchObject({ day: d2, ok: false, message: expect.stringContaining("Stažení selhalo") });

    // The day after, a body that is not a ČNB file (an error page): refused whole, rates kept.
    answer = { status: 200, body: "<html><body>Služba je dočasně nedostupná</body></html>" };
    const malformed = await fetchRatesIfDue(db, `${base}/denni_kurz.txt`, at(d3));
    expect(malformed).toMatchObject({ status: "failed", message: expect.stringContaining("Řádek 1:") });
    expect(await eur()).toEqual([{ validOn: d1, rate: "24.111000" }]);

    const [row] = await db.select().from(exchangeRateFetches).where(eq(exchangeRateFetches.day, d3));
    expect(row).toMatchObject({ ok: false });
    // The rates page reads the same record: how the last fetch went, and which rates still apply.
    const overview = await ratesOverview(db, d3);
    expect(overview.fetch.last).toMatchObject({ day: d3, ok: false });
    expect(overview.to! >= d1).toBe(true);
  });
});
