import { and, between, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, exchangeRates } from "@/db/schema";
import { createFee } from "@/lib/fees/commands";
import { getFeesOverview, organisationFees } from "@/lib/fees/queries";
import type { Actor } from "@/lib/permissions";
import { importRates } from "@/lib/rates/commands";
import { seed } from "@/lib/seed";
import { makeActor, makeOrganisation } from "../helpers/factories";
import { withFreshDb } from "../helpers/fresh-db";

/**
 * Rates hold from their day until the next fixing, so this file's rates live in years of its
 * own (2150–2185, between the fees test's 2100–2149 and the export tests' 2187+), and are removed
 * afterwards: no other file's fee meets them.
 */
const BASE = 2150 + Math.floor(Math.random() * 6) * 6;
let coordinator: Actor;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
});

afterAll(async () => {
  const db = await getDb();
  await db.delete(exchangeRates).where(between(exchangeRates.validOn, `${BASE}-01-01`, `${BASE + 5}-12-31`));
});

/** A weekday of `year` in January: the first Friday, and the Monday after it. */
function firstFriday(year: number) {
  const d = new Date(Date.UTC(year, 0, 1));
  while (d.getUTCDay() !== 5) d.setUTCDate(d.getUTCDate() + 1);
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  const plus = (n: number) => iso(new Date(d.getTime() + n * 86_400_000));
  return { friday: iso(d), saturday: plus(1), sunday: plus(2), monday: plus(3) };
}
const czDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

function dailyCs(date: string, lines: string[]) {
  return [`${czDate(date)} #1`, "země|měna|množství|kód|kurz", ...lines].join("\n");
}

async function importText(file: string, actor: Actor = coordinator) {
  return importRates(actor, { file, fileName: "test.txt" });
}

async function fee(input: Record<string, unknown>) {
  const result = await createFee(coordinator, { status: "planned", budgetItem: "", ...input });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("import", () => {
  it("stores a daily file, and re-importing it (in either language) changes nothing", async () => {
    const db = await getDb();
    const actor = await makeActor("coordinator");
    const { monday } = firstFriday(BASE);
    const cs = dailyCs(monday, ["EMU|euro|1|EUR|24,325", "Japonsko|jen|100|JPY|15,481", "USA|dolar|1|USD|20,583"]);
    const first = await importText(cs, actor);
    expect(first).toMatchObject({ ok: true, data: { kind: "daily", language: "cs", from: monday, to: monday, rates: 3, inserted: 3, updated: 0, unchanged: 0 } });

    const stored = () =>
      db.select().from(exchangeRates).where(eq(exchangeRates.validOn, monday)).orderBy(exchangeRates.currency);
    const before = await stored();
    expect(before.map((r) => [r.currency, r.amount, r.rate])).toEqual([
      ["EUR", 1, "24.325000"],
      ["JPY", 100, "15.481000"],
      ["USD", 1, "20.583000"],
    ]);

    const again = await importText(cs, actor);
    expect(again).toMatchObject({ ok: true, data: { inserted: 0, updated: 0, unchanged: 3 } });
    const en = [`${monday.slice(8)} Jan ${BASE} #1`, "Country|Currency|Amount|Code|Rate", "EMU|euro|1|EUR|24.325", "Japan|yen|100|JPY|15.481", "USA|dollar|1|USD|20.583"].join("\n");
    expect(await importText(en, actor)).toMatchObject({ ok: true, data: { language: "en", inserted: 0, updated: 0, unchanged: 3 } });
    expect(await stored()).toEqual(before); // not even the import time moved

    // A correction by ČNB is applied and counted as such.
    const corrected = dailyCs(monday, ["EMU|euro|1|EUR|24,330", "Japonsko|jen|100|JPY|15,481", "USA|dolar|1|USD|20,583"]);
    expect(await importText(corrected, actor)).toMatchObject({ ok: true, data: { inserted: 0, updated: 1, unchanged: 2 } });

    // One audit event per import, with its counts, none per rate.
    const events = await db.select().from(auditEvents).where(eq(auditEvents.actorId, actor.id)).orderBy(auditEvents.id);
    expect(events.map((e) => [e.entity, e.action])).toEqual(Array(4).fill(["exchange_rates", "import"]));
    expect(events[0]!.after).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, from: monday, to: monday, fileName: "test.txt" });
    expect(events[1]!.after).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
  });

  it("refuses a malformed file with the line and a Czech reason, storing nothing", async () => {
    const db = await getDb();
    const date = `${BASE + 1}-03-02`;
    const result = await importText(dailyCs(date, ["EMU|euro|1|EUR|24,325", "USA|dolar|1|USD|20.583"]));
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    const message = !result.ok ? result.fieldErrors?.file?.[0] : "";
    expect(message).toContain("Řádek 4: Kurz „20.583“ má desetinnou tečku, český soubor píše desetinnou čárku.");
    expect(await db.select().from(exchangeRates).where(eq(exchangeRates.validOn, date))).toEqual([]);
  });

  it("is for coordinators and admins only", async () => {
    const file = dailyCs(`${BASE + 1}-03-03`, ["EMU|euro|1|EUR|24,325"]);
    for (const role of ["manager", "staff", "auditor"] as const) {
      expect(await importText(file, await makeActor(role))).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await importText(file, await makeActor("admin"))).toMatchObject({ ok: true });
  });
});

describe("the rate valid on a day", () => {
  it("on a Saturday and a Sunday is Friday's; a fee due on a fixing day gets that day's rate", async () => {
    const db = await getDb();
    const year = BASE + 2;
    const { friday, saturday, sunday, monday } = firstFriday(year);
    const yearly = ["Datum|1 EUR|100 JPY", `${czDate(friday)}|24,100|15,000`, `${czDate(monday)}|24,700|15,500`].join("\n");
    expect(await importText(yearly)).toMatchObject({ ok: true, data: { kind: "yearly", inserted: 4 } });

    const rateOn = async (day: string) =>
      (await db.execute<{ rate_date: string; rate: string }>(sql`select rate_date::text, rate::text from rate_valid_on('EUR', ${day}::date)`)).rows[0];
    expect(await rateOn(saturday)).toEqual({ rate_date: friday, rate: "24.100000" });
    expect(await rateOn(sunday)).toEqual({ rate_date: friday, rate: "24.100000" });
    expect(await rateOn(monday)).toEqual({ rate_date: monday, rate: "24.700000" });

    const org = await makeOrganisation();
    const onSaturday = await fee({ organisationId: org.id, year: String(year), amount: "1 000,00", currency: "EUR", dueOn: saturday });
    const onMonday = await fee({ organisationId: org.id, year: String(year), amount: "1 000,00", currency: "EUR", dueOn: monday });
    // 100 yen cost 15,500 CZK: 12 345 JPY → 1 913,475 → 1 913,48 (half up, once).
    const yen = await fee({ organisationId: org.id, year: String(year), amount: "12 345", currency: "JPY", dueOn: monday });
    const { rows } = await organisationFees(db, org.id);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(onSaturday)).toMatchObject({ czk: "24100.00", czkKind: "estimate", cnbRate: "24.100000", cnbRateAmount: 1, cnbRateDate: friday });
    expect(byId.get(onMonday)).toMatchObject({ czk: "24700.00", czkKind: "estimate", cnbRateDate: monday });
    expect(byId.get(yen)).toMatchObject({ czk: "1913.48", czkKind: "estimate", cnbRate: "15.500000", cnbRateAmount: 100, cnbRateDate: monday });
  });

  it("values paid fees at what was paid, beside the ČNB rate of the paid date; waived at 0; no rate → unknown", async () => {
    const db = await getDb();
    const year = BASE + 3;
    const { friday, monday } = firstFriday(year);
    await importText(dailyCs(friday, ["EMU|euro|1|EUR|25,000"]));
    const org = await makeOrganisation();
    const paid = await fee({
      organisationId: org.id, year: String(year), amount: "1 000,00", currency: "EUR", status: "paid",
      amountCzk: "25 123,45", invoicedOn: friday, paidOn: monday,
    });
    const waived = await fee({ organisationId: org.id, year: String(year), amount: "500", currency: "EUR", status: "waived" });
    // No Norwegian crown is in this file's rates nor in the demo's samples.
    const noRate = await fee({ organisationId: org.id, year: String(year), amount: "500", currency: "NOK", dueOn: monday });
    const czk = await fee({ organisationId: org.id, year: String(year), amount: "30 000", currency: "CZK", dueOn: monday });
    const byId = new Map((await organisationFees(db, org.id)).rows.map((r) => [r.id, r]));
    expect(byId.get(paid)).toMatchObject({ czk: "25123.45", czkKind: "paid", effectiveRate: "25.1235", cnbRate: "25.000000", cnbRateDate: friday });
    expect(byId.get(waived)).toMatchObject({ czk: "0.00", czkKind: "waived" });
    expect(byId.get(noRate)).toMatchObject({ czk: null, czkKind: "unknown" });
    expect(byId.get(czk)).toMatchObject({ czk: "30000.00", czkKind: "estimate", cnbRate: null });
  });
});

describe("totals by budget item across currencies", () => {
  it("equal the hand-computed haléř sums of each fee's figure", async () => {
    const year = BASE + 5; // the year before has no fees: no rows of last year's alone
    const { friday, monday } = firstFriday(year);
    // Rates in thousandths of a crown per `amount` units, as ČNB writes them.
    const RATES = { EUR: { [friday]: 24_325n, [monday]: 24_417n }, USD: { [friday]: 20_583n, [monday]: 20_611n } } as const;
    await importText(["Datum|1 EUR|1 USD", `${czDate(friday)}|24,325|20,583`, `${czDate(monday)}|24,417|20,611`].join("\n"));

    let seed = 15_2026n;
    const rand = (max: bigint) => (seed = (seed * 1103515245n + 12345n) % 2147483648n) % max;
    /** Half up, to the haléř: amount (haléře) × rate (thousandths) / 1000. */
    const estimate = (cents: bigint, milli: bigint) => (2n * cents * milli + 1000n) / 2000n;
    const toDecimal = (minor: bigint) => `${minor / 100n}.${(minor % 100n).toString().padStart(2, "0")}`;
    const typed = (minor: bigint) => toDecimal(minor).replace(".", ",");

    const orgs = await Promise.all([makeOrganisation(), makeOrganisation()]);
    const items = ["5511 – Transfery", "5164 – Nájemné"] as const;
    const expected = new Map<string, { czk: bigint; paid: bigint; est: bigint }>();
    const add = (key: string, czk: bigint, paid: boolean) => {
      const e = expected.get(key) ?? { czk: 0n, paid: 0n, est: 0n };
      expected.set(key, { czk: e.czk + czk, paid: e.paid + (paid ? czk : 0n), est: e.est + (paid ? 0n : czk) });
    };
    for (let i = 0; i < 18; i++) {
      const currency = (["EUR", "USD", "CZK"] as const)[i % 3]!;
      const item = items[Math.floor(i / 3) % 2]!;
      const cents = rand(3_000_000n) + 1n;
      const due = i % 2 === 0 ? friday : monday;
      const paid = i % 4 === 0;
      const paidCzk = currency === "CZK" ? cents : cents * 25n + rand(100n);
      await fee({
        organisationId: orgs[i % 2]!.id, year: String(year), amount: typed(cents), currency, budgetItem: item, dueOn: due,
        ...(paid ? { status: "paid", amountCzk: typed(paidCzk), paidOn: due } : {}),
      });
      const czk = paid ? paidCzk : currency === "CZK" ? cents : estimate(cents, RATES[currency][due]!);
      add(`item|${item}|${currency}`, czk, paid);
      add(`currency||${currency}`, czk, paid);
      add("all||", czk, paid);
    }
    // A waived EUR fee costs nothing and is left out of the totals.
    await fee({ organisationId: orgs[0]!.id, year: String(year), amount: "999", currency: "EUR", budgetItem: items[0], status: "waived" });

    const { totals } = await getFeesOverview(coordinator, { year });
    expect(totals).toHaveLength(6 + 3 + 1);
    for (const t of totals) {
      const e = expected.get(`${t.level}|${t.budgetItem ?? ""}|${t.currency ?? ""}`);
      expect(e, `${t.level} ${t.budgetItem} ${t.currency}`).toBeDefined();
      expect(t.czk).toBe(toDecimal(e!.czk));
      expect(t.czkPaid).toBe(e!.paid > 0n ? toDecimal(e!.paid) : null);
      expect(t.czkEstimate).toBe(e!.est > 0n ? toDecimal(e!.est) : null);
      expect(t.unknownCount).toBe(0);
    }
  });
});

describe("sample rates", () => {
  // A database of its own: the shared Postgres test database may hold what other files seeded.
  it("are the demo's: seeded with the demo data, not with the reference data alone", async () => {
    await withFreshDb(async (db) => {
      const samples = async () => {
        const [row] = await db
          .select({ n: sql<number>`count(*)`.mapWith(Number) })
          .from(exchangeRates)
          .where(and(eq(exchangeRates.source, "CNB_SAMPLE"), eq(exchangeRates.validOn, "2026-12-04")));
        return row!.n;
      };
      await seed(db, { demo: false });
      expect(await samples()).toBe(0);
      await seed(db, { demo: true });
      expect(await samples()).toBe(8);
    });
  });
});
