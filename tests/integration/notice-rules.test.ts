import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, noticeRules } from "@/db/schema";
import { saveNoticeRule } from "@/lib/notice/commands";
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
