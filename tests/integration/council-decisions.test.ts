import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, councilDecisions, fees, membershipPeriods } from "@/db/schema";
import { createAssessment } from "@/lib/assessments/commands";
import { createCouncilDecision, updateCouncilDecision } from "@/lib/council-decisions/commands";
import { councilDecisionWithCitations, listCouncilDecisions } from "@/lib/council-decisions/queries";
import { createFee, updateFee } from "@/lib/fees/commands";
import { addPeriod, endMembership, updatePeriod } from "@/lib/organisations/commands";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeOrganisation, unique } from "../helpers/factories";

/** The register of council decisions and what cites it, through the real write path. */
let coordinator: Actor;
let manager: Actor;
let staff: Actor;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
  manager = await makeActor("manager");
  staff = await makeActor("staff");
});

/** A distinct number per call: the register refuses the same body, number and day twice. */
const decision = (overrides: Record<string, unknown> = {}) => ({
  body: "rada",
  number: String(1000 + Math.floor(Math.random() * 8999)) + unique("/"),
  decidedOn: "2026-03-10",
  title: "Ukončení členství hl. m. Prahy v organizaci (testovací usnesení)",
  url: "",
  ...overrides,
});

async function recorded(overrides: Record<string, unknown> = {}) {
  const result = await createCouncilDecision(coordinator, decision(overrides));
  if (!result.ok) throw new Error(result.message);
  const db = await getDb();
  const [row] = await db.select().from(councilDecisions).where(eq(councilDecisions.id, result.data.id));
  return row!;
}

describe("the register of council decisions", () => {
  it("records a decision (the 'usnesení č.' prefix dropped), audited in the same transaction", async () => {
    const number = unique("1234");
    const result = await createCouncilDecision(coordinator, decision({ number: `usnesení č. ${number}`, url: "https://www.praha.eu/usneseni/1234" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const db = await getDb();
    const [row] = await db.select().from(councilDecisions).where(eq(councilDecisions.id, result.data.id));
    expect(row).toMatchObject({ body: "rada", number, decidedOn: "2026-03-10", url: "https://www.praha.eu/usneseni/1234", version: 1 });
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "council_decision"), eq(auditEvents.entityId, result.data.id)));
    expect(events.map((e) => e.action)).toEqual(["create"]);
  });

  it("is written by coordinators and admins only", async () => {
    for (const actor of [manager, staff, await makeActor("auditor")]) {
      const result = await createCouncilDecision(actor, decision());
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect((await createCouncilDecision(await makeActor("admin"), decision())).ok).toBe(true);
  });

  it("refuses bad input field by field, in Czech", async () => {
    const result = await createCouncilDecision(coordinator, {
      body: "vlada",
      number: "usnesení č. ",
      decidedOn: "2026-02-30",
      title: " ",
      url: "ftp://archiv.praha.eu/1",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid");
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["body", "decidedOn", "number", "title", "url"]);
    expect(result.fieldErrors?.number?.[0]).toBe("Zadejte číslo usnesení, např. 1234.");
  });

  it("refuses the same body, number and day twice, at the number", async () => {
    const first = await recorded();
    const again = await createCouncilDecision(coordinator, decision({ number: first.number, decidedOn: first.decidedOn }));
    expect(again).toMatchObject({ ok: false, code: "invalid", fieldErrors: { number: ["Usnesení s tímto číslem a datem už v registru je."] } });
    // The assembly may have a resolution of the same number on the same day.
    expect((await createCouncilDecision(coordinator, decision({ body: "zastupitelstvo", number: first.number, decidedOn: first.decidedOn }))).ok).toBe(true);
  });

  it("corrects a decision with its version and refuses a stale one", async () => {
    const row = await recorded();
    const edit = { ...decision(), id: row.id, number: row.number, title: "Opravený název", version: String(row.version) };
    expect((await updateCouncilDecision(coordinator, edit)).ok).toBe(true);
    expect(await updateCouncilDecision(coordinator, { ...edit, title: "Přepsání starou verzí" })).toMatchObject({ ok: false, code: "stale" });
    const db = await getDb();
    const [after] = await db.select().from(councilDecisions).where(eq(councilDecisions.id, row.id));
    expect(after).toMatchObject({ title: "Opravený název", version: 2 });
  });
});

describe("records citing a decision", () => {
  it("a period, its end, a fee and a 'withdraw' assessment cite decisions, and each decision lists what it changed", async () => {
    const joined = await recorded({ number: unique("J"), decidedOn: "2020-01-15" });
    const changed = await recorded({ number: unique("C"), decidedOn: "2023-05-02" });
    const left = await recorded({ body: "zastupitelstvo", number: unique("L"), decidedOn: "2026-04-20" });
    const org = await makeOrganisation();

    const first = await addPeriod(coordinator, { organisationId: org.id, status: "observer", validFrom: "2020-02-01", startDecisionId: joined.id });
    expect(first.ok).toBe(true);
    // A change of status: the decision that starts the new period ends the old one.
    const second = await addPeriod(coordinator, {
      organisationId: org.id, status: "full", validFrom: "2023-06-01", startDecisionId: changed.id, closePrevious: "on",
    });
    expect(second.ok).toBe(true);
    // Leaving with a decision from the register only: no free-text number needed.
    const ended = await endMembership(coordinator, { organisationId: org.id, endOn: "2026-12-31", endDecisionId: left.id });
    expect(ended.ok).toBe(true);

    const fee = await createFee(coordinator, { organisationId: org.id, year: "2024", amount: "12 000", currency: "EUR", status: "planned", decisionId: changed.id });
    expect(fee.ok).toBe(true);
    const assessment = await createAssessment(manager, {
      organisationId: org.id, year: "2025", level: "ad_hoc", recommendation: "withdraw",
      rationale: "Přínos nevyvažuje náklady.", assessedOn: "2025-12-01", decisionId: left.id,
    });
    expect(assessment.ok).toBe(true);

    const db = await getDb();
    const periods = await db.select().from(membershipPeriods).where(eq(membershipPeriods.organisationId, org.id)).orderBy(membershipPeriods.validFrom);
    expect(periods.map((p) => [p.status, p.validTo, p.startDecisionId, p.endDecisionId])).toEqual([
      ["observer", "2023-05-31", joined.id, changed.id],
      ["full", "2026-12-31", changed.id, left.id],
    ]);

    const ofChanged = await councilDecisionWithCitations(db, changed.id, "cs");
    expect(ofChanged!.periods.map((p) => [p.status, p.starts, p.ends])).toEqual([
      ["observer", false, true],
      ["full", true, false],
    ]);
    expect(ofChanged!.fees.map((f) => [f.organisationId, f.year, f.amount, f.currency])).toEqual([[org.id, 2024, "12000.00", "EUR"]]);
    expect(ofChanged!.assessments).toEqual([]);

    const ofLeft = await councilDecisionWithCitations(db, left.id, "cs");
    expect(ofLeft!.periods.map((p) => [p.status, p.starts, p.ends])).toEqual([["full", false, true]]);
    expect(ofLeft!.assessments.map((a) => [a.organisationId, a.year, a.recommendation])).toEqual([[org.id, 2025, "withdraw"]]);
    expect(await councilDecisionWithCitations(db, randomUUID(), "cs")).toBeNull();

    // The register counts the records citing each decision: `joined` starts one period;
    // `changed` ends one, starts another and backs a fee; `left` ends one and backs an assessment.
    const register = await listCouncilDecisions(coordinator, undefined);
    const countOf = (id: string) => register.find((d) => d.id === id)?.citations;
    expect([countOf(joined.id), countOf(changed.id), countOf(left.id)]).toEqual([1, 3, 2]);
  });

  it("ending a membership needs a decision, from the register or as text", async () => {
    const org = await makeOrganisation();
    expect((await addPeriod(coordinator, { organisationId: org.id, status: "full", validFrom: "2021-01-01" })).ok).toBe(true);
    const result = await endMembership(coordinator, { organisationId: org.id, endOn: "2026-12-31" });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { endDecisionId: ["Vyberte usnesení, kterým členství končí, nebo napište jeho číslo."] },
    });
    expect((await endMembership(coordinator, { organisationId: org.id, endOn: "2026-12-31", endDecision: "usnesení RHMP č. 99" })).ok).toBe(true);
  });

  it("refuses a decision that is not in the register, at its field (4xx, not a crash)", async () => {
    const org = await makeOrganisation();
    const missing = randomUUID();
    expect(await addPeriod(coordinator, { organisationId: org.id, status: "full", validFrom: "2021-01-01", startDecisionId: missing })).toMatchObject({
      ok: false, code: "invalid", fieldErrors: { startDecisionId: ["Vyberte usnesení ze seznamu (registr usnesení)."] },
    });
    expect(await createFee(coordinator, { organisationId: org.id, year: "2024", amount: "1", currency: "EUR", status: "planned", decisionId: "not-an-id" })).toMatchObject({
      ok: false, code: "invalid", fieldErrors: { decisionId: ["Vyberte usnesení ze seznamu (registr usnesení)."] },
    });
  });

  it("an assessment cites a decision only with the recommendation 'withdraw'", async () => {
    const org = await makeOrganisation();
    const d = await recorded();
    const result = await createAssessment(manager, {
      organisationId: org.id, year: "2025", level: "limited", recommendation: "review",
      rationale: "Přezkoumat přínos.", assessedOn: "2025-12-01", decisionId: d.id,
    });
    expect(result).toMatchObject({
      ok: false, code: "invalid", fieldErrors: { decisionId: ["Usnesení o vystoupení se uvádí jen u doporučení „vystoupit“."] },
    });
  });

  it("a fee's change of decision and a period's edit are audited with the decision's id", async () => {
    const org = await makeOrganisation();
    const d = await recorded();
    const fee = await createFee(coordinator, { organisationId: org.id, year: "2025", amount: "500", currency: "EUR", status: "planned" });
    if (!fee.ok) throw new Error(fee.message);
    const db = await getDb();
    const [row] = await db.select().from(fees).where(eq(fees.id, fee.data.id));
    const edited = await updateFee(coordinator, { ...row, amount: "650", amountCzk: "", dueOn: "", invoicedOn: "", paidOn: "", invoiceNumber: "", budgetItem: "", note: "", year: "2025", version: String(row!.version), decisionId: d.id });
    expect(edited.ok).toBe(true);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.entity, "fee"), eq(auditEvents.entityId, fee.data.id), eq(auditEvents.action, "update")));
    expect((event!.after as Record<string, unknown>).decisionId).toBe(d.id);
    expect((event!.before as Record<string, unknown>).decisionId).toBeNull();

    const period = await addPeriod(coordinator, { organisationId: org.id, status: "full", validFrom: "2022-01-01" });
    if (!period.ok) throw new Error(period.message);
    const [p] = await db.select().from(membershipPeriods).where(eq(membershipPeriods.id, period.data.id));
    const update = await updatePeriod(coordinator, { id: p!.id, version: String(p!.version), status: "full", validFrom: "2022-01-01", startDecisionId: d.id });
    expect(update.ok).toBe(true);
    const [after] = await db.select().from(membershipPeriods).where(eq(membershipPeriods.id, p!.id));
    expect(after!.startDecisionId).toBe(d.id);
  });
});
