import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, engagementAssessments } from "@/db/schema";
import { createAssessment, updateAssessment } from "@/lib/assessments/commands";
import { getAssessmentPage } from "@/lib/assessments/queries";
import { todayInPrague } from "@/lib/dates";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeOrganisation } from "../helpers/factories";
import { attend, fee, meeting, membership, person } from "../helpers/dashboard-fixtures";

let manager: Actor;
let admin: Actor;

beforeAll(async () => {
  manager = await makeActor("manager");
  admin = await makeActor("admin");
});

const input = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  year: "2025",
  level: "limited",
  activity: "1",
  continuity: "2",
  benefit: "",
  recommendation: "review",
  rationale: "Účast jen na výroční konferenci.",
  assessedOn: "2025-12-15",
  ...overrides,
});

async function rowsFor(organisationId: string) {
  const db = await getDb();
  return db.select().from(engagementAssessments).where(eq(engagementAssessments.organisationId, organisationId));
}

describe("writing an assessment", () => {
  it("a manager writes one, signed and audited", async () => {
    const org = await makeOrganisation();
    const result = await createAssessment(manager, input(org.id));
    expect(result.ok).toBe(true);
    const [row] = await rowsFor(org.id);
    expect(row).toMatchObject({ year: 2025, level: "limited", activity: 1, continuity: 2, benefit: null, authorId: manager.id, version: 1 });
    const db = await getDb();
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "engagement_assessment"), eq(auditEvents.entityId, row!.id)));
    expect(events.map((e) => e.action)).toEqual(["create"]);
  });

  it("an admin may too; coordinators, staff and auditors are refused and nothing is written", async () => {
    const org = await makeOrganisation();
    expect((await createAssessment(admin, input(org.id))).ok).toBe(true);
    const other = await makeOrganisation();
    for (const role of ["coordinator", "staff", "auditor"] as const) {
      const result = await createAssessment(await makeActor(role), input(other.id));
      expect(result).toMatchObject({ ok: false, code: "forbidden", message: "K této akci nemáte oprávnění." });
    }
    expect(await createAssessment(null, input(other.id))).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await rowsFor(other.id)).toHaveLength(0);
  });

  it("one per organisation and year: the second is refused with a Czech message on the year", async () => {
    const org = await makeOrganisation();
    expect((await createAssessment(manager, input(org.id))).ok).toBe(true);
    const again = await createAssessment(manager, input(org.id, { level: "active" }));
    expect(again).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { year: ["Pro tuto organizaci a rok už hodnocení existuje. Upravte prosím to stávající."] },
    });
    // Another year is history, not a duplicate.
    expect((await createAssessment(manager, input(org.id, { year: "2024" }))).ok).toBe(true);
    expect(await rowsFor(org.id)).toHaveLength(2);
  });

  it("refuses bad input field by field", async () => {
    const org = await makeOrganisation();
    const result = await createAssessment(
      manager,
      input(org.id, { activity: "4", continuity: "-1", benefit: "1.5", level: "great", recommendation: "", assessedOn: "2025-02-30" }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["activity", "assessedOn", "benefit", "continuity", "level"]);
    expect(result.fieldErrors?.activity).toEqual(["Nejvýše 3."]);

    const noRecommendation = await createAssessment(manager, input(org.id, { recommendation: "" }));
    expect(noRecommendation).toMatchObject({ fieldErrors: { recommendation: ["U hodnocené úrovně vyberte doporučení."] } });
    // "Not assessed / via the state" needs none.
    expect((await createAssessment(manager, input(org.id, { level: "not_assessed", recommendation: "" }))).ok).toBe(true);

    const tooFar = Number(todayInPrague().slice(0, 4)) + 2;
    const future = await createAssessment(manager, input(org.id, { year: String(tooFar) }));
    expect(future).toMatchObject({ ok: false, fieldErrors: { year: [`Hodnotit lze nejvýše rok ${tooFar - 1}.`] } });
  });

  it("an edit quotes the version; a stale one is refused, not overwritten", async () => {
    const org = await makeOrganisation();
    const created = await createAssessment(manager, input(org.id));
    if (!created.ok) throw new Error("create failed");
    const id = created.data.id;
    const edit = { id, version: "1", level: "active", activity: "2", continuity: "2", benefit: "2", recommendation: "strengthen", rationale: "", assessedOn: "2026-01-10" };
    expect((await updateAssessment(admin, edit)).ok).toBe(true);
    const stale = await updateAssessment(manager, { ...edit, level: "essential" });
    expect(stale).toMatchObject({ ok: false, code: "stale" });
    const [row] = await rowsFor(org.id);
    expect(row).toMatchObject({ level: "active", version: 2, authorId: admin.id, year: 2025, rationale: null });
    expect(await updateAssessment(await makeActor("auditor"), { ...edit, version: "2" })).toMatchObject({ code: "forbidden" });
  });
});

describe("the assessment page's evidence", () => {
  it("shows the year's figures and the records behind them", async () => {
    const org = await membership({});
    const p = await person();
    const m = await meeting(org.id, "2024-05-05");
    await attend(m.id, p.id, "attended", "4200.00");
    await attend((await meeting(org.id, "2024-09-09")).id, p.id, "excused");
    await fee(org.id, 2024, "paid", "10000.00");
    await createAssessment(manager, input(org.id, { year: "2024" }));

    const page = await getAssessmentPage(await makeActor("auditor"), { organisationId: org.id, year: 2024, today: "2026-01-01" });
    expect(page?.figures).toMatchObject({ held: 2, attended: 1, attendanceRate: 50, people: 1, feesPaid: "10000.00", travel: "4200.00", costPerAttended: "14200.00" });
    expect(page?.assessment).toMatchObject({ year: 2024, level: "limited", authorName: "Test manager" });
    expect(page?.meetings.map((x) => [x.startsOn, x.attended, x.registered, x.travel])).toEqual([
      ["2024-09-09", 0, 1, null],
      ["2024-05-05", 1, 1, "4200.00"],
    ]);
    expect(page?.fees).toHaveLength(1);
    expect(await getAssessmentPage(manager, { organisationId: "00000000-0000-4000-8000-000000000000", year: 2024 })).toBeNull();
  });
});
