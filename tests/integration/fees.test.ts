import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, fees } from "@/db/schema";
import { createFee, planNextYear, updateFee } from "@/lib/fees/commands";
import { MONEY_MESSAGES } from "@/lib/money";
import { PAID_DATE_BEFORE_INVOICE } from "@/lib/fees/schemas";
import { getFeeDeadlines, getFeesOverview, ORGANISATION_FEES_SHOWN, organisationFees } from "@/lib/fees/queries";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeOrganisation } from "../helpers/factories";

let coordinator: Actor;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
});

/**
 * Years far from the demo data, one per test, so each test's totals count only its own fees
 * (a Postgres test database is shared by the file's tests). They stay within 2100–2149: other
 * files keep years from 2187 on for their own fees (exports, export lists, audit log).
 */
let nextYear = 2100 + Math.floor(Math.random() * 10) * 4;
const freshYear = () => (nextYear += 2);

async function fee(input: Record<string, unknown>) {
  const result = await createFee(coordinator, { status: "planned", ...input });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

/** Integer haléře (cents) to the text Postgres prints for numeric(14,2). */
const toDecimal = (minor: bigint) => {
  const sign = minor < 0n ? "-" : "";
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
};
/** The amount as typed in a form, Czech style, from integer haléře. */
const typed = (minor: bigint) => toDecimal(minor).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, " ");

describe("totals", () => {
  it("equal a hand-computed sum, by budget item and currency, with the change against last year", async () => {
    const year = freshYear();
    const orgs = await Promise.all([makeOrganisation(), makeOrganisation(), makeOrganisation()]);
    const items = ["5511 – Transfery", "5164 – Nájemné", null] as const;
    const currencies = ["EUR", "CZK", "USD"] as const;

    // A deterministic spread of amounts (a linear congruential generator), in integer haléře.
    let seed = 20260529n;
    const rand = (max: bigint) => (seed = (seed * 1103515245n + 12345n) % 2147483648n) % max;

    type Key = string;
    const expected = new Map<Key, { amount: bigint; czk: bigint; n: number }>();
    const add = (key: Key, amount: bigint, czk: bigint | null) => {
      const e = expected.get(key) ?? { amount: 0n, czk: 0n, n: 0 };
      expected.set(key, { amount: e.amount + amount, czk: e.czk + (czk ?? 0n), n: e.n + 1 });
    };

    for (const y of [year - 1, year]) {
      for (let i = 0; i < 24; i++) {
        const currency = currencies[i % 3]!;
        const item = items[Math.floor(i / 3) % 3]!;
        const amount = rand(5_000_000n) + 1n;
        const paid = i % 2 === 0;
        const czk = paid ? (currency === "CZK" ? amount : amount * 25n + rand(100n)) : null;
        const waived = i % 11 === 5;
        await fee({
          organisationId: orgs[i % 3]!.id,
          year: String(y),
          amount: typed(amount),
          currency,
          budgetItem: item ?? "",
          status: waived ? "waived" : paid ? "paid" : "invoiced",
          amountCzk: czk === null ? "" : typed(czk),
          invoicedOn: `${y}-02-01`,
          paidOn: paid ? `${y}-03-01` : "",
          dueOn: `${y}-03-31`,
        });
        if (waived) continue; // a waived fee costs nothing
        add(`${y}|item|${item ?? ""}|${currency}`, amount, czk);
        add(`${y}|currency||${currency}`, amount, czk);
        add(`${y}|all||`, 0n, czk);
      }
    }
    // The classic float trap: 0,10 + 0,20 must be 0,30 exactly.
    for (const amount of ["0,10", "0,20"]) {
      await fee({ organisationId: orgs[0]!.id, year: String(year), amount, currency: "CHF", budgetItem: "Drobné" });
    }

    const { totals } = await getFeesOverview(coordinator, { year });
    const get = (y: number, level: string, item: string, currency: string) => expected.get(`${y}|${level}|${item}|${currency}`);

    const chf = totals.find((t) => t.level === "currency" && t.currency === "CHF");
    expect(chf).toMatchObject({ amount: "0.30", prevAmount: null, amountChange: "0.30", count: 2 });

    for (const t of totals.filter((t) => t.currency !== "CHF")) {
      const key = [t.level, t.budgetItem ?? "", t.currency ?? ""] as const;
      const cur = get(year, ...key);
      const prev = get(year - 1, ...key);
      if (t.level !== "all") {
        expect(t.amount, key.join("|")).toBe(cur ? toDecimal(cur.amount) : null);
        expect(t.prevAmount, key.join("|")).toBe(prev ? toDecimal(prev.amount) : null);
        expect(t.amountChange).toBe(toDecimal((cur?.amount ?? 0n) - (prev?.amount ?? 0n)));
        expect(t.count).toBe(cur?.n ?? 0);
      }
    }
    // CZK paid, as accounting recorded it (the estimates of unpaid fees depend on the rates stored:
    // tests/integration/rates.test.ts checks those).
    const all = totals.find((t) => t.level === "all")!;
    expect(all.czkPaid).toBe(toDecimal(get(year, "all", "", "")!.czk));
    // 3 budget items × 3 currencies + CHF; 3 currencies + CHF; one overall row.
    expect(totals.filter((t) => t.level === "item")).toHaveLength(10);
    expect(totals.filter((t) => t.level === "currency")).toHaveLength(4);
  });

  it("gives an organisation's page its yearly totals per currency and in CZK, waived left out", async () => {
    const db = await getDb();
    const year = freshYear();
    const org = await makeOrganisation();
    await fee({ organisationId: org.id, year: String(year), amount: "0,10", currency: "EUR" });
    await fee({ organisationId: org.id, year: String(year), amount: "0,20", currency: "EUR", status: "paid", amountCzk: "5,05", paidOn: `${year}-05-01` });
    await fee({ organisationId: org.id, year: String(year), amount: "1 000", currency: "EUR", status: "waived" });
    await fee({ organisationId: org.id, year: String(year - 1), amount: "30 000", currency: "CZK", status: "paid", amountCzk: "30 000", paidOn: `${year - 1}-05-01` });
    const { rows, totals } = await organisationFees(db, org.id);
    expect(rows).toHaveLength(4);
    expect(totals.map(({ year, currency, amount, czkPaid }) => ({ year, currency, amount, czkPaid }))).toEqual([
      { year, currency: "EUR", amount: "0.30", czkPaid: "5.05" },
      { year, currency: null, amount: null, czkPaid: "5.05" },
      { year: year - 1, currency: "CZK", amount: "30000.00", czkPaid: "30000.00" },
      { year: year - 1, currency: null, amount: null, czkPaid: "30000.00" },
    ]);
  });

  it("gives an organisation's page only its latest fees, with how many there are in all", async () => {
    const db = await getDb();
    const org = await makeOrganisation();
    // One fee a year over more years than the page lists (direct inserts: the count is the point),
    // in 1940–1964, years no other test file uses.
    const years = Array.from({ length: ORGANISATION_FEES_SHOWN + 5 }, (_, i) => 1940 + i);
    await db.insert(fees).values(years.map((year) => ({ organisationId: org.id, year, amount: "100.00", currency: "EUR", status: "planned" as const })));
    const { rows, count, totals } = await organisationFees(db, org.id);
    expect(count).toBe(years.length);
    expect(rows.map((r) => r.year)).toEqual(years.slice(5).reverse());
    // Every year keeps its total: the totals table is where the older fees are reached, year by year.
    expect(new Set(totals.map((t) => t.year)).size).toBe(years.length);
  });

  it("shows the effective rate computed from the exact amounts", async () => {
    const year = freshYear();
    const org = await makeOrganisation();
    await fee({
      organisationId: org.id, year: String(year), amount: "15 600,00", currency: "EUR", status: "paid",
      amountCzk: "391 560,00", invoicedOn: `${year}-02-10`, paidOn: `${year}-03-20`,
    });
    const { rows } = await getFeesOverview(coordinator, { year });
    expect(rows.find((r) => r.organisationId === org.id)).toMatchObject({ amount: "15600.00", amountCzk: "391560.00", effectiveRate: "25.1000" });
  });
});

describe("bad input", () => {
  it("is refused at the field in Czech, and nothing is written", async () => {
    const db = await getDb();
    const year = freshYear();
    const org = await makeOrganisation();
    const base = { organisationId: org.id, year: String(year), amount: "100", currency: "EUR", status: "planned" };
    const cases: [Record<string, unknown>, string, string | RegExp][] = [
      [{ amount: "-100" }, "amount", MONEY_MESSAGES.negative],
      [{ amount: "100,005" }, "amount", MONEY_MESSAGES.decimals],
      [{ currency: "XYZ" }, "currency", /Neznámý kód měny/],
      [{ invoicedOn: `${year}-03-01`, paidOn: `${year}-02-28`, status: "paid", amountCzk: "2500" }, "paidOn", PAID_DATE_BEFORE_INVOICE],
      [{ status: "paid" }, "amountCzk", /v Kč/],
    ];
    for (const [change, field, message] of cases) {
      const result = await createFee(coordinator, { ...base, ...change });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.code).toBe("invalid");
      expect(result.fieldErrors?.[field]?.[0]).toMatch(message);
    }
    expect(await db.select().from(fees).where(eq(fees.organisationId, org.id))).toHaveLength(0);
  });

  it("is refused by the database too: a paid date before the invoice cannot be stored", async () => {
    const db = await getDb();
    const org = await makeOrganisation();
    await expect(
      db.insert(fees).values({ organisationId: org.id, year: 2099, amount: "1.00", currency: "EUR", invoicedOn: "2099-03-01", paidOn: "2099-02-01" }),
    ).rejects.toThrow();
  });

  it("lets managers, staff and auditors write no fee", async () => {
    const org = await makeOrganisation();
    for (const role of ["manager", "staff", "auditor"] as const) {
      const actor = await makeActor(role);
      const result = await createFee(actor, { organisationId: org.id, year: "2026", amount: "1", currency: "EUR", status: "planned" });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await planNextYear(actor, { year: "2026" })).toMatchObject({ ok: false, code: "forbidden" });
    }
  });
});

describe("status", () => {
  it("moves forward; going back needs a correction note, which the audit keeps", async () => {
    const db = await getDb();
    const year = freshYear();
    const org = await makeOrganisation();
    const id = await fee({ organisationId: org.id, year: String(year), amount: "1 000", currency: "EUR" });
    const save = (version: number, values: Record<string, unknown>) =>
      updateFee(coordinator, { id, version, year: String(year), amount: "1 000", currency: "EUR", ...values });

    expect(await save(1, { status: "invoiced", invoicedOn: `${year}-01-15`, invoiceNumber: "F-1" })).toMatchObject({ ok: true });
    expect(await save(2, { status: "paid", invoicedOn: `${year}-01-15`, paidOn: `${year}-02-01`, amountCzk: "25 100,50" })).toMatchObject({ ok: true });

    const back = await save(3, { status: "planned" });
    expect(back).toMatchObject({ ok: false, code: "invalid" });
    if (!back.ok) expect(back.fieldErrors?.correctionNote?.[0]).toMatch(/poznámk/);

    // A stale save is refused, whatever it says.
    expect(await save(2, { status: "planned", correctionNote: "x" })).toMatchObject({ ok: false, code: "stale" });

    const note = "Platba vrácena bankou, zadáno omylem.";
    expect(await save(3, { status: "planned", correctionNote: note })).toMatchObject({ ok: true });
    const [row] = await db.select().from(fees).where(eq(fees.id, id));
    expect(row).toMatchObject({ status: "planned", version: 4 });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toEqual(["create", "status_invoiced", "status_paid", "correct_status"]);
    expect(events[3]).toMatchObject({ note, before: expect.objectContaining({ status: "paid" }), after: expect.objectContaining({ status: "planned" }) });
  });

  it("derives overdue and due-soon for the home page from the due date", async () => {
    const org = await makeOrganisation();
    const y = String(freshYear());
    const today = `${y}-06-15`;
    const overdue = await fee({ organisationId: org.id, year: y, amount: "1", currency: "EUR", status: "invoiced", invoicedOn: `${y}-05-01`, dueOn: `${y}-06-14` });
    const soon = await fee({ organisationId: org.id, year: y, amount: "2", currency: "EUR", dueOn: `${y}-07-15` });
    const later = await fee({ organisationId: org.id, year: y, amount: "3", currency: "EUR", dueOn: `${y}-07-16` });
    const paid = await fee({ organisationId: org.id, year: y, amount: "4", currency: "EUR", status: "paid", amountCzk: "100", paidOn: `${y}-06-01`, dueOn: `${y}-06-01` });
    const { rows } = await getFeeDeadlines(coordinator, { today, limit: 1000 });
    const mine = rows.filter((r) => [overdue, soon, later, paid].includes(r.id));
    expect(mine.map((r) => [r.id, r.displayStatus])).toEqual([[overdue, "overdue"], [soon, "planned"]]);
  });
});

describe("next year's plan", () => {
  it("copies the year's fees once as planned, traceably, and refuses a second plan", async () => {
    const db = await getDb();
    const year = freshYear();
    const [a, b] = await Promise.all([makeOrganisation(), makeOrganisation()]);
    const paidId = await fee({
      organisationId: a.id, year: String(year), amount: "15 600", currency: "EUR", status: "paid", amountCzk: "390 000",
      invoicedOn: `${year}-02-10`, paidOn: `${year}-03-20`, dueOn: `${year}-03-31`, invoiceNumber: "INV-1", budgetItem: "5511",
    });
    await fee({ organisationId: b.id, year: String(year), amount: "30 000", currency: "CZK", dueOn: `${year}-12-31` });
    await fee({ organisationId: b.id, year: String(year), amount: "99", currency: "USD", status: "waived" });

    const first = await planNextYear(coordinator, { year: String(year) });
    expect(first).toEqual({ ok: true, data: { year: year + 1, created: 2 } });
    const planned = await db.select().from(fees).where(eq(fees.year, year + 1)).orderBy(fees.amount);
    expect(planned.map((f) => [f.organisationId, f.amount, f.currency, f.status, f.dueOn, f.invoiceNumber, f.paidOn, f.amountCzk, f.budgetItem])).toEqual([
      [a.id, "15600.00", "EUR", "planned", `${year + 1}-03-31`, null, null, null, "5511"],
      [b.id, "30000.00", "CZK", "planned", `${year + 1}-12-31`, null, null, null, null],
    ]);
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "plan"), inArray(auditEvents.entityId, planned.map((f) => f.id))));
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.entityId === planned[0]!.id)?.note).toContain(paidId);

    const second = await planNextYear(coordinator, { year: String(year) });
    expect(second).toMatchObject({ ok: false, code: "invalid" });
    if (!second.ok) expect(second.fieldErrors?.year?.[0]).toContain(`Plán na rok ${year + 1} už existuje`);
    expect(await db.select().from(fees).where(eq(fees.year, year + 1))).toHaveLength(2);
  });
});
