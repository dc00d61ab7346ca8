import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, allFieldLabelKeys, auditFieldsOf, fieldKind, fieldLabelKey } from "@/lib/audit-log/vocabulary";
import cs from "@/lib/i18n/messages/cs.json";
import en from "@/lib/i18n/messages/en.json";

const LANGUAGES = { cs, en } as const;

describe("audit log vocabulary", () => {
  for (const [lang, messages] of Object.entries(LANGUAGES)) {
    const audit = messages.audit as unknown as Record<"entities" | "actions" | "fields", Record<string, string>>;

    it(`labels every entity in ${lang}`, () => {
      expect(AUDIT_ENTITIES.filter((e) => !audit.entities[e])).toEqual([]);
    });

    it(`labels every action (fee status moves included) in ${lang}`, () => {
      expect(AUDIT_ACTIONS.filter((a) => !audit.actions[a])).toEqual([]);
    });

    it(`labels every field any entity's events hold (each table column, each extra key) in ${lang}`, () => {
      expect(allFieldLabelKeys().filter((f) => !audit.fields[f])).toEqual([]);
    });

    it(`gives distinct labels to the entities, to the actions and to one entity's fields in ${lang}`, () => {
      const dupes = (labels: string[]) => labels.filter((l, i) => labels.indexOf(l) !== i);
      expect(dupes(AUDIT_ENTITIES.map((e) => audit.entities[e]!))).toEqual([]);
      expect(dupes(AUDIT_ACTIONS.map((a) => audit.actions[a]!))).toEqual([]);
      for (const entity of AUDIT_ENTITIES) {
        const labels = auditFieldsOf(entity).map((f) => audit.fields[fieldLabelKey(entity, f)] ?? f);
        expect({ entity, dupes: dupes(labels) }).toEqual({ entity, dupes: [] });
      }
    });

    it(`offers no label for a kind or action that nothing writes in ${lang}`, () => {
      expect(Object.keys(audit.entities).filter((e) => !(AUDIT_ENTITIES as readonly string[]).includes(e))).toEqual([]);
      expect(Object.keys(audit.actions).filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    });
  }

  it("knows the type of the values it formats", () => {
    expect(fieldKind("fee", "amount")).toEqual({ money: "own-currency" });
    expect(fieldKind("fee", "status")).toEqual({ enum: "feeStatus" });
    expect(fieldKind("membership_period", "status")).toEqual({ enum: "membershipStatus" });
    expect(fieldKind("meeting", "organisationId")).toEqual({ ref: "organisation" });
  });
});
