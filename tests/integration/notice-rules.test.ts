import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, membershipPeriods, noticeRules } from "@/db/schema";
import { saveNoticeRule } from "@/lib/notice/commands";
import { nextNoticeDeadline } from "@/lib/notice/deadline";
import { noticeOfOrganisation, noticeRulesOfMembers } from "@/lib/notice/queries";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeOrganisation } from "../helpers/factories";

/** Saving an organisation's withdrawal rule from its statutes, through the real write path. */
let coordinator: Actor;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
});

const ruleOf = async (organisationId: string) => {
  const db = await getDb();
  const [row] = await db.select().from(noticeRules).where(eq(noticeRules.organisationId, organisationId));
  return row;
};

const eventsOf = async (entityId: string) => {
  const db = await getDb();
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, "notice_rule"), eq(auditEvents.entityId, entityId)))
    .orderBy(auditEvents.at);
  return rows.map((e) => e.action);
};

describe("saving a notice rule", () => {
  it("records a first rule (no version) and revises it with its version, each audited", async () => {
    const org = await makeOrganisation();
    const first = await saveNoticeRule(coordinator, {
      organisationId: org.id, version: "", kind: "calendar_year_end", months: "6", statuteArticle: "čl. 9 odst. 1",
    });
    expect(first).toEqual({ ok: true, data: { organisationId: org.id } });
    const saved = await ruleOf(org.id);
    expect(saved).toMatchObject({ kind: "calendar_year_end", months: 6, proRataDues: false, statuteArticle: "čl. 9 odst. 1", version: 1 });

    const revised = await saveNoticeRule(coordinator, {
      organisationId: org.id, version: "1", kind: "financial_year_end", months: "18",
      financialYearEndDay: "30", financialYearEndMonth: "6", proRataDues: "on", statuteArticle: "čl. 4",
    });
    expect(revised.ok).toBe(true);
    expect(await ruleOf(org.id)).toMatchObject({
      kind: "financial_year_end", months: 18, financialYearEndDay: 30, financialYearEndMonth: 6, proRataDues: true, version: 2,
    });
    expect(await eventsOf(saved!.id)).toEqual(["create", "update"]);
  });

  it("drops values that do not belong to the kind ('any time' has no months nor year end)", async () => {
    const org = await makeOrganisation();
    const result = await saveNoticeRule(coordinator, {
      organisationId: org.id, version: "", kind: "any_time", months: "3", financialYearEndDay: "30", financialYearEndMonth: "6",
    });
    expect(result.ok).toBe(true);
    expect(await ruleOf(org.id)).toMatchObject({ kind: "any_time", months: null, financialYearEndDay: null, financialYearEndMonth: null });
  });

  it("refuses bad input at its field, in Czech, and writes nothing", async () => {
    const org = await makeOrganisation();
    const cases: [Record<string, string>, Record<string, string[]>][] = [
      [{ kind: "" }, { kind: ["Vyberte druh výpovědní lhůty."] }],
      [{ kind: "calendar_year_end", months: "" }, { months: ["Zadejte, kolik měsíců lhůta trvá."] }],
      [{ kind: "from_delivery", months: "37" }, { months: ["Zadejte počet měsíců, celé číslo od 0 do 36."] }],
      [{ kind: "from_delivery", months: "2,5" }, { months: ["Zadejte počet měsíců, celé číslo od 0 do 36."] }],
      [
        { kind: "financial_year_end", months: "18" },
        {
          financialYearEndDay: ["Zadejte den, kterým končí finanční rok organizace."],
          financialYearEndMonth: ["Zadejte měsíc, kterým končí finanční rok organizace."],
        },
      ],
      [{ kind: "financial_year_end", months: "6", financialYearEndDay: "31", financialYearEndMonth: "6" }, { financialYearEndDay: ["Takový den v tomto měsíci není."] }],
      [{ kind: "financial_year_end", months: "6", financialYearEndDay: "1", financialYearEndMonth: "13" }, { financialYearEndMonth: ["Zadejte měsíc, celé číslo od 1 do 12."] }],
    ];
    for (const [input, fieldErrors] of cases) {
      const result = await saveNoticeRule(coordinator, { organisationId: org.id, version: "", ...input });
      expect({ input, result }).toEqual({ input, result: { ok: false, code: "invalid", message: expect.any(String), fieldErrors } });
    }
    expect(await ruleOf(org.id)).toBeUndefined();
  });

  it("refuses a stale version, a first record that quotes one, and a revision that quotes none", async () => {
    const org = await makeOrganisation();
    // Quoting a version when no rule exists: someone's rule was expected, so the page is stale.
    expect(await saveNoticeRule(coordinator, { organisationId: org.id, version: "1", kind: "any_time" })).toMatchObject({ ok: false, code: "stale" });
    expect((await saveNoticeRule(coordinator, { organisationId: org.id, version: "", kind: "calendar_year_end", months: "6" })).ok).toBe(true);
    // A second "first record" (another coordinator's form opened before the first save).
    expect(await saveNoticeRule(coordinator, { organisationId: org.id, version: "", kind: "any_time" })).toMatchObject({ ok: false, code: "stale" });
    expect((await saveNoticeRule(coordinator, { organisationId: org.id, version: "1", kind: "calendar_year_end", months: "3" })).ok).toBe(true);
    // The form loaded at version 1 is stale now that version 2 is saved.
    expect(await saveNoticeRule(coordinator, { organisationId: org.id, version: "1", kind: "any_time" })).toMatchObject({ ok: false, code: "stale" });
    expect(await ruleOf(org.id)).toMatchObject({ kind: "calendar_year_end", months: 3, version: 2 });
  });

  it("is for coordinators and admins only, and for an organisation that exists", async () => {
    const org = await makeOrganisation();
    for (const role of ["manager", "staff", "auditor"] as const) {
      expect(await saveNoticeRule(await makeActor(role), { organisationId: org.id, version: "", kind: "any_time" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await ruleOf(org.id)).toBeUndefined();
    expect((await saveNoticeRule(await makeActor("admin"), { organisationId: org.id, version: "", kind: "any_time" })).ok).toBe(true);
    expect(await saveNoticeRule(coordinator, { organisationId: randomUUID(), version: "", kind: "any_time" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });
});

/**
 * The deadlines as the organisation page and the dashboard compute them: from the rule stored and
 * read back on this driver (smallints, the pro-rata boolean), around each kind's boundaries.
 */
describe("deadlines from a stored rule", () => {
  const cases: { rule: Record<string, string>; today: string; expected: Record<string, unknown> }[] = [
    // 6 months before the calendar year's end: 30 June is the last day; 31 May 2026 is a Sunday.
    { rule: { kind: "calendar_year_end", months: "6" }, today: "2026-06-30", expected: { noticeBy: "2026-06-30", exitOn: "2026-12-31", councilBy: "2026-05-29", anyDay: false } },
    { rule: { kind: "calendar_year_end", months: "6" }, today: "2026-07-01", expected: { noticeBy: "2027-06-30", exitOn: "2027-12-31" } },
    // Leap years: 10 months before the year's end is 29 February in 2028, 28 February in 2029.
    { rule: { kind: "calendar_year_end", months: "10" }, today: "2028-02-29", expected: { noticeBy: "2028-02-29", exitOn: "2028-12-31" } },
    { rule: { kind: "calendar_year_end", months: "10" }, today: "2028-03-01", expected: { noticeBy: "2029-02-28", exitOn: "2029-12-31" } },
    // A financial year ending 30 June, 18 months' notice (HCCE's statutes).
    { rule: { kind: "financial_year_end", months: "18", financialYearEndDay: "30", financialYearEndMonth: "6" }, today: "2026-12-31", expected: { noticeBy: "2026-12-31", exitOn: "2028-06-30", councilBy: "2026-12-01" } },
    { rule: { kind: "financial_year_end", months: "18", financialYearEndDay: "30", financialYearEndMonth: "6" }, today: "2027-01-01", expected: { noticeBy: "2027-12-31", exitOn: "2029-06-30" } },
    { rule: { kind: "from_delivery", months: "6" }, today: "2026-08-31", expected: { noticeBy: "2026-08-31", exitOn: "2027-02-28", councilBy: "2026-07-31", anyDay: true } },
    { rule: { kind: "any_time" }, today: "2026-03-02", expected: { noticeBy: "2026-03-02", exitOn: "2026-03-02", anyDay: true } },
  ];

  it.each(cases)("$rule.kind $rule.months on $today", async ({ rule, today, expected }) => {
    const org = await makeOrganisation();
    const db = await getDb();
    await db.insert(membershipPeriods).values({ organisationId: org.id, status: "full", validFrom: "2000-01-01" });
    const saved = await saveNoticeRule(coordinator, { organisationId: org.id, version: "", proRataDues: "on", ...rule });
    expect(saved.ok).toBe(true);

    const page = await noticeOfOrganisation(db, org.id, today, 30);
    expect(page!.deadline).toMatchObject(expected);
    expect(page!.rule.proRataDues).toBe(true);

    // The dashboard's list of members' rules gives the same deadline for the same rule.
    const listed = (await noticeRulesOfMembers(db, today)).find((r) => r.id === org.id);
    expect(listed).toMatchObject({ kind: rule.kind, proRataDues: true });
    expect(nextNoticeDeadline(listed!, today, 30)).toEqual(page!.deadline);
  });
});
