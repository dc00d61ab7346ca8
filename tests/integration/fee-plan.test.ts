import { and, between, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, exchangeRates, planningRates } from "@/db/schema";
import { exportRequestSchema, startExport } from "@/lib/exports/service";
import { createFee, removePlanningRate, setPlanningRate } from "@/lib/fees/commands";
import { getPlanOverview, type PlanOverview } from "@/lib/fees/plan";
import type { Actor } from "@/lib/permissions";
import { importRates } from "@/lib/rates/commands";
import { makeActor, makeOrganisation, unique } from "../helpers/factories";

/**
 * The budget plan in CZK (lib/fees/plan.ts, view fee_plan_czk): its figures against sums worked
 * out by hand, to the haléř. The plan year 2199 and its year before, 2198, are this file's own;
 * its ČNB fixings (dated 2198 and 2199, later than any other file's) are removed afterwards, so
 * "the latest ČNB rate" is the one imported here. Budget items carry a unique tag, so the
 * assertions read only this file's fees.
 */
const PLAN = 2199;
const PREV = 2198;
const TAG = unique("plan").replace(/[^A-Za-z0-9]/g, "");
const ITEM_A = `5511 A ${TAG}`;
const ITEM_B = `5512 B ${TAG}`;

let coordinator: Actor;
let staff: Actor;
let manager: Actor;

async function fee(input: Record<string, unknown>) {
  const result = await createFee(coordinator, { status: "planned", ...input });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const cnbDaily = (date: string, lines: string[]) =>
  [`${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)} #1`, "země|měna|množství|kód|kurz", ...lines].join("\n");

async function plan(): Promise<PlanOverview> {
  return getPlanOverview(coordinator, { year: PLAN });
}
const item = (p: PlanOverview, name: string) => p.items.find((i) => i.budgetItem === name)!;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
  staff = await makeActor("staff");
  manager = await makeActor("manager");
  // Prev year's estimates read the fixing of 2 January 2198; the plan's default, the latest one.
  for (const file of [
    cnbDaily(`${PREV}-01-02`, ["EMU|euro|1|EUR|24,500", "USA|dolar|1|USD|20,000"]),
    cnbDaily(`${PLAN}-01-05`, ["EMU|euro|1|EUR|25,125", "Japonsko|jen|100|JPY|15,481", "USA|dolar|1|USD|21,347"]),
  ]) {
    const imported = await importRates(coordinator, { file, fileName: "plan-test.txt" });
    if (!imported.ok) throw new Error(JSON.stringify(imported));
  }
  const [o1, o2, o3] = [await makeOrganisation(), await makeOrganisation(), await makeOrganisation()];
  // The plan year.
  await fee({ organisationId: o1.id, year: PLAN, amount: "1000.00", currency: "EUR", budgetItem: ITEM_A, dueOn: `${PLAN}-03-31` });
  await fee({ organisationId: o2.id, year: PLAN, amount: "333.33", currency: "USD", budgetItem: ITEM_A });
  await fee({ organisationId: o3.id, year: PLAN, amount: "10000.00", currency: "CZK", budgetItem: ITEM_A });
  await fee({ organisationId: o1.id, year: PLAN, amount: "12345.00", currency: "JPY", budgetItem: ITEM_A });
  await fee({ organisationId: o2.id, year: PLAN, amount: "1.00", currency: "EUR", budgetItem: ITEM_B });
  await fee({ organisationId: o3.id, year: PLAN, amount: "5000.00", currency: "EUR", budgetItem: ITEM_B, status: "waived" });
  // The year before: paid in CZK, estimated at its due date's ČNB rate, a CZK fee.
  await fee({
    organisationId: o1.id, year: PREV, amount: "900.00", currency: "EUR", budgetItem: ITEM_A, status: "paid",
    amountCzk: "22050.50", invoicedOn: `${PREV}-02-01`, paidOn: `${PREV}-03-01`,
  });
  await fee({ organisationId: o2.id, year: PREV, amount: "300.00", currency: "USD", budgetItem: ITEM_A, dueOn: `${PREV}-06-30` });
  await fee({ organisationId: o3.id, year: PREV, amount: "500.00", currency: "CZK", budgetItem: ITEM_B });
});

afterAll(async () => {
  const db = await getDb();
  await db.delete(exchangeRates).where(between(exchangeRates.validOn, `${PREV}-01-01`, `${PLAN}-12-31`));
  await db.delete(planningRates).where(eq(planningRates.year, PLAN));
});

describe("the budget plan in CZK", () => {
  it("at the default (latest ČNB) rates equals the hand-computed haléř sums per budget item, against the year before", async () => {
    const p = await plan();
    // A: EUR 1 000,00 × 25,125 = 25 125,00; USD 333,33 × 21,347 = 7 115,595 51 → 7 115,60;
    //    CZK 10 000,00; JPY 12 345 × 15,481 / 100 = 1 911,129 45 → 1 911,13. Sum 44 151,73.
    const a = item(p, ITEM_A);
    expect(a.czk).toBe("44151.73");
    expect(a.count).toBe(4);
    expect(a.amounts).toEqual([
      { currency: "CZK", amount: "10000.00" },
      { currency: "EUR", amount: "1000.00" },
      { currency: "JPY", amount: "12345.00" },
      { currency: "USD", amount: "333.33" },
    ]);
    // The year before: 22 050,50 paid + USD 300 × 20,000 = 6 000,00 estimated = 28 050,50.
    expect(a.prevCzk).toBe("28050.50");
    expect(a.change).toBe("16101.23");
    // B: EUR 1,00 × 25,125 = 25,125 → 25,13 (half up, once, at the end; half-even would give
    // 25,12). The waived 5 000 EUR is not in the plan. The year before: CZK 500,00.
    const b = item(p, ITEM_B);
    expect(b.czk).toBe("25.13");
    expect(b.count).toBe(1);
    expect(b.prevCzk).toBe("500.00");
    expect(b.change).toBe("-474.87");

    const eur = p.rates.find((r) => r.currency === "EUR")!;
    expect(eur).toMatchObject({ source: "cnb", planning: null, cnb: { rate: "25.125000", amount: 1, validOn: `${PLAN}-01-05` } });
    expect(p.rates.find((r) => r.currency === "JPY")).toMatchObject({ source: "cnb", cnb: { amount: 100 } });
    const euroFee = p.fees.find((f) => f.budgetItem === ITEM_B)!;
    expect(euroFee).toMatchObject({ czk: "25.13", source: "cnb", rate: "25.125000", rateAmount: 1, rateDate: `${PLAN}-01-05` });
  });

  it("at planning rates: setting one changes the CZK of that currency only, is audited with who set it, and a stale edit is refused", async () => {
    const db = await getDb();
    const eur = await setPlanningRate(coordinator, { year: String(PLAN), currency: "eur", units: "", rate: "24,325", note: "rozpočtový kurz MF", version: "" });
    expect(eur).toMatchObject({ ok: true, data: { year: PLAN, currency: "EUR" } });
    // 100 USD = 2 135,5 Kč: USD 333,33 × 2 135,5 / 100 = 7 118,262 15 → 7 118,26.
    const usd = await setPlanningRate(coordinator, { year: String(PLAN), currency: "USD", units: "100", rate: "2 135,5", note: "", version: "" });
    expect(usd.ok).toBe(true);

    let p = await plan();
    // A: EUR 1 000,00 × 24,325 = 24 325,00; USD 7 118,26; CZK 10 000,00; JPY still ČNB 1 911,13.
    expect(item(p, ITEM_A).czk).toBe("43354.39");
    expect(item(p, ITEM_A).change).toBe("15303.89");
    // B: EUR 1,00 × 24,325 = 24,325 → 24,33 (half up).
    expect(item(p, ITEM_B).czk).toBe("24.33");
    const rate = p.rates.find((r) => r.currency === "EUR")!;
    expect(rate).toMatchObject({
      source: "planning",
      planning: { units: 1, rate: "24.325000", note: "rozpočtový kurz MF", setByName: coordinator.name, version: 1 },
      cnb: { rate: "25.125000" },
    });
    expect(p.rates.find((r) => r.currency === "USD")).toMatchObject({ source: "planning", planning: { units: 100, rate: "2135.500000" } });
    expect(p.rates.find((r) => r.currency === "JPY")).toMatchObject({ source: "cnb", planning: null });
    expect(p.settableCurrencies).not.toContain("EUR");

    const created = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "planning_rate"), eq(auditEvents.entityId, rate.planning!.id)));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ action: "create", actorId: coordinator.id });

    // A change quotes version 1; a second save still quoting 1 is refused and changes nothing.
    const changed = await setPlanningRate(coordinator, { year: String(PLAN), currency: "EUR", rate: "24.5", note: "rozpočtový kurz MF", version: "1" });
    expect(changed.ok).toBe(true);
    const stale = await setPlanningRate(coordinator, { year: String(PLAN), currency: "EUR", rate: "30", version: "1" });
    expect(stale).toMatchObject({ ok: false, code: "stale" });
    // A "first" rate for a currency that has one meanwhile is stale too.
    expect(await setPlanningRate(coordinator, { year: String(PLAN), currency: "EUR", rate: "30", version: "" })).toMatchObject({ ok: false, code: "stale" });
    p = await plan();
    expect(p.rates.find((r) => r.currency === "EUR")!.planning).toMatchObject({ rate: "24.500000", version: 2 });
    // A: 24 500,00 + 7 118,26 + 10 000,00 + 1 911,13.
    expect(item(p, ITEM_A).czk).toBe("43529.39");
    expect(item(p, ITEM_B).czk).toBe("24.50");
    const actions = (await db.select().from(auditEvents).where(eq(auditEvents.entityId, rate.planning!.id))).map((e) => e.action).sort();
    expect(actions).toEqual(["create", "update"]);
  });

  it("refuses bad input next to its field, and anyone but coordinators and admins", async () => {
    const bad = await setPlanningRate(coordinator, { year: String(PLAN), currency: "CZK", rate: "1,2,3", units: "0", version: "" });
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    if (bad.ok) return;
    expect(bad.fieldErrors?.currency?.[0]).toMatch(/Koruna kurz nepotřebuje/);
    expect(bad.fieldErrors?.rate?.[0]).toMatch(/^Kurz „1,2,3“/);
    expect(bad.fieldErrors?.units?.[0]).toBe("Množství musí být alespoň 1.");
    const places = await setPlanningRate(coordinator, { year: String(PLAN), currency: "GBP", rate: "29,1234567", version: "" });
    expect(places.ok ? null : places.fieldErrors?.rate?.[0]).toMatch(/víc než 6 desetinných míst/);
    for (const actor of [staff, manager]) {
      expect(await setPlanningRate(actor, { year: String(PLAN), currency: "GBP", rate: "29", version: "" })).toMatchObject({ ok: false, code: "forbidden" });
    }
  });

  it("exports the plan as XLSX with the page's totals and a cover naming the year and every rate with its source; staff get no export", async () => {
    const request = exportRequestSchema.parse({ kind: "feePlan", format: "xlsx", year: String(PLAN) });
    const download = await startExport(coordinator, request);
    const parts: Buffer[] = [];
    for await (const c of download.chunks) parts.push(typeof c === "string" ? Buffer.from(c, "utf8") : c);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);

    const cover = new Map<string, string>();
    wb.getWorksheet("Úvod")!.eachRow((row) => cover.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(cover.get("Rok plánu")).toBe(String(PLAN));
    expect(cover.get("Kurzy plánu")).toContain(`EUR: 24,500 Kč za 1 EUR – plánovací kurz, nastavil(a) ${coordinator.name} (rozpočtový kurz MF)`);
    expect(cover.get("Kurzy plánu")).toContain(`JPY: 15,481 Kč za 100 JPY – kurz ČNB ze dne 5. 1. ${PLAN}`);
    expect(cover.get("Zdroj kurzů")).toContain("Česká národní banka");

    const sheet = wb.getWorksheet("Plán poplatků")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (label: string) => header.indexOf(label) + 1;
    const lines: { line: string; item: string; czk: unknown; prev: unknown; change: unknown; source: unknown }[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      lines.push({
        line: String(row.getCell(col("Řádek")).value),
        item: String(row.getCell(col("Rozpočtová položka")).value ?? ""),
        czk: row.getCell(col("Plán v Kč")).value,
        prev: row.getCell(col("Předchozí rok v Kč (zaplaceno + odhad)")).value,
        change: row.getCell(col("Rozdíl v Kč proti předchozímu roku")).value,
        source: row.getCell(col("Zdroj kurzu")).value,
      });
    });
    const totalOf = (name: string) => lines.find((l) => l.line === "součet rozpočtové položky" && l.item === name)!;
    expect(totalOf(ITEM_A)).toMatchObject({ czk: 43529.39, prev: 28050.5, change: 15478.89 });
    expect(totalOf(ITEM_B)).toMatchObject({ czk: 24.5, prev: 500, change: -475.5 });
    // Each item's total line follows its fees, whose figures add up to it.
    const aFees = lines.filter((l) => l.line === "poplatek" && l.item === ITEM_A);
    expect(aFees.map((l) => l.source).sort()).toEqual(["kurz ČNB", "plánovací kurz", "plánovací kurz", "v Kč"]);
    expect(Math.round(aFees.reduce((s, l) => s + Number(l.czk) * 100, 0))).toBe(4352939);
    expect(lines.indexOf(totalOf(ITEM_A))).toBeGreaterThan(Math.max(...aFees.map((l) => lines.indexOf(l))));
    // The grand total is the page's.
    const p = await plan();
    expect(lines.at(-1)).toMatchObject({ line: "celkem", czk: Number(p.total.czk), prev: Number(p.total.prevCzk) });

    const db = await getDb();
    const [audited] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "export"), eq(auditEvents.entityId, "feePlan"), eq(auditEvents.actorId, coordinator.id)));
    expect(audited?.after).toMatchObject({ kind: "feePlan", format: "xlsx", year: PLAN });

    await expect(startExport(staff, request)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("removing a planning rate goes back to the latest ČNB rate; a stale removal is refused", async () => {
    const p = await plan();
    const eur = p.rates.find((r) => r.currency === "EUR")!.planning!;
    expect(await removePlanningRate(coordinator, { id: eur.id, version: String(eur.version - 1) })).toMatchObject({ ok: false, code: "stale" });
    expect(await removePlanningRate(coordinator, { id: eur.id, version: String(eur.version) })).toMatchObject({ ok: true });
    const after = await plan();
    expect(after.rates.find((r) => r.currency === "EUR")).toMatchObject({ source: "cnb", planning: null });
    expect(item(after, ITEM_B).czk).toBe("25.13");
    // A: ČNB EUR 25 125,00 + planning USD 7 118,26 + 10 000,00 + 1 911,13.
    expect(item(after, ITEM_A).czk).toBe("44154.39");
  });
});
