import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, engagementAssessments, reformAsks } from "@/db/schema";
import { createAssessment, reviewAssessment, updateAssessment } from "@/lib/assessments/commands";
import { getDashboard } from "@/lib/dashboard/queries";
import type { Actor } from "@/lib/permissions";
import { makeActor } from "../helpers/factories";
import { assessed, membership } from "../helpers/dashboard-fixtures";

/** The scorecard's rules and its moderation, through the real write path on a real database. */
const TODAY = "2026-07-02";
let author: Actor;
let second: Actor;

beforeAll(async () => {
  author = await makeActor("manager");
  second = await makeActor("manager");
});

const scorecard = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  year: "2026",
  level: "limited",
  recommendation: "review",
  rationale: "Účast jen na výroční konferenci; přínos nejasný.",
  assessedOn: "2026-06-30",
  aCapitals: "2",
  aCooperation: "1",
  aPromotion: "2",
  justificationA: "Kontakty s metropolemi jen při konferenci.",
  bTransparency: "3",
  bCost: "2",
  bResults: "2",
  bPartnership: "3",
  justificationB: "Rozpočet zveřejněn, výsledky obecné.",
  reformText0: "Zveřejnit výroční zprávu o hospodaření",
  reformProgress0: "some",
  reformText1: "",
  reformText2: "Nabídnout online účast na valném shromáždění",
  ...overrides,
});

const rowOf = async (organisationId: string) => {
  const db = await getDb();
  const [row] = await db.select().from(engagementAssessments).where(eq(engagementAssessments.organisationId, organisationId));
  return row!;
};

describe("the scorecard", () => {
  it("is saved as a draft with its criteria and reform asks (empty rows dropped), audited", async () => {
    const org = await membership({});
    const result = await createAssessment(author, scorecard(org.id));
    expect(result.ok).toBe(true);
    const row = await rowOf(org.id);
    expect(row).toMatchObject({ review: "draft", aCapitals: 2, aCooperation: 1, bPartnership: 3, authorId: author.id });
    const db = await getDb();
    const asks = await db.select().from(reformAsks).where(eq(reformAsks.assessmentId, row.id)).orderBy(asc(reformAsks.position));
    expect(asks.map((a) => [a.text, a.progress])).toEqual([
      ["Zveřejnit výroční zprávu o hospodaření", "some"],
      ["Nabídnout online účast na valném shromáždění", "none"],
    ]);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, row.id), eq(auditEvents.action, "create")));
    expect((event!.after as { reformAsks: unknown[] }).reformAsks).toHaveLength(2);
  });

  it("refuses review or withdraw without a rationale, a score outside 1–4, and a scored index without its justification", async () => {
    const org = await membership({});
    for (const recommendation of ["review", "withdraw"]) {
      const r = await createAssessment(author, scorecard(org.id, { recommendation, rationale: "" }));
      expect(r).toMatchObject({ ok: false, code: "invalid" });
      expect(!r.ok && r.fieldErrors?.rationale).toBeTruthy();
    }
    const bad = await createAssessment(author, scorecard(org.id, { aCapitals: "5", justificationB: "" }));
    expect(!bad.ok && Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["aCapitals", "justificationB"]);
    expect(await getDb().then((db) => db.select().from(engagementAssessments).where(eq(engagementAssessments.organisationId, org.id)))).toEqual([]);
    // "continue" needs no rationale.
    expect((await createAssessment(author, scorecard(org.id, { recommendation: "continue", rationale: "" }))).ok).toBe(true);
  });
});

describe("moderation", () => {
  it("the author may not approve their own assessment; a second manager may, and it is audited", async () => {
    const org = await membership({});
    await createAssessment(author, scorecard(org.id));
    const draft = await rowOf(org.id);

    const own = await reviewAssessment(author, { id: draft.id, version: String(draft.version), decision: "approve" });
    expect(own).toMatchObject({ ok: false, code: "forbidden" });
    expect((await rowOf(org.id)).review).toBe("draft");

    for (const role of ["coordinator", "staff", "auditor"] as const) {
      const r = await reviewAssessment(await makeActor(role), { id: draft.id, version: String(draft.version), decision: "approve" });
      expect(r).toMatchObject({ ok: false, code: "forbidden" });
    }

    const ok = await reviewAssessment(second, { id: draft.id, version: String(draft.version), decision: "approve" });
    expect(ok.ok).toBe(true);
    expect(await rowOf(org.id)).toMatchObject({ review: "approved", reviewerId: second.id });
    const db = await getDb();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.entityId, draft.id));
    expect(events.map((e) => e.action).sort()).toEqual(["approve", "create"]);

    // Decided once: approving again is refused.
    const again = await reviewAssessment(second, { id: draft.id, version: String(draft.version + 1), decision: "approve" });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
  });

  it("returning needs a comment; a revision makes it a draft again", async () => {
    const org = await membership({});
    await createAssessment(author, scorecard(org.id));
    const draft = await rowOf(org.id);
    const noComment = await reviewAssessment(second, { id: draft.id, version: String(draft.version), decision: "return", comment: "" });
    expect(!noComment.ok && noComment.fieldErrors?.comment).toBeTruthy();
    const returned = await reviewAssessment(second, {
      id: draft.id,
      version: String(draft.version),
      decision: "return",
      comment: "Doplňte výsledky za pracovní skupiny.",
    });
    expect(returned.ok).toBe(true);
    const row = await rowOf(org.id);
    expect(row).toMatchObject({ review: "returned", reviewComment: "Doplňte výsledky za pracovní skupiny." });

    const { organisationId: _o, year: _y, ...fields } = scorecard(org.id);
    const revised = await updateAssessment(author, { ...fields, id: row.id, version: String(row.version) });
    expect(revised.ok).toBe(true);
    expect(await rowOf(org.id)).toMatchObject({ review: "draft", reviewerId: null, reviewComment: null });
  });

  it("a draft does not change the dashboard's approved figures; approval does", async () => {
    const org = await membership({});
    await assessed(org.id, 2025, "essential", { recommendation: "continue", aCapitals: 4, aCooperation: 4, aPromotion: 4 });
    const before = (await getDashboard(second, { year: 2026, today: TODAY })).rows.find((r) => r.id === org.id)!;
    expect(before).toMatchObject({ level: "essential", assessmentYear: 2025, indexA: "4.00", yearReview: null });

    await createAssessment(author, scorecard(org.id));
    const withDraft = (await getDashboard(second, { year: 2026, today: TODAY })).rows.find((r) => r.id === org.id)!;
    const { yearReview, ...figures } = withDraft;
    const { yearReview: _none, ...figuresBefore } = before;
    expect(figures).toEqual(figuresBefore);
    expect(yearReview).toBe("draft");

    const draft = await rowOf2026(org.id);
    await reviewAssessment(second, { id: draft.id, version: String(draft.version), decision: "approve" });
    const after = (await getDashboard(second, { year: 2026, today: TODAY })).rows.find((r) => r.id === org.id)!;
    // (2 + 1 + 2) / 3 and (3 + 2 + 2 + 3) / 4
    expect(after).toMatchObject({ level: "limited", assessmentYear: 2026, indexA: "1.67", indexB: "2.50", yearReview: "approved" });
  });
});

async function rowOf2026(organisationId: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(engagementAssessments)
    .where(and(eq(engagementAssessments.organisationId, organisationId), eq(engagementAssessments.year, 2026)));
  return row!;
}
