import { describe, expect, it } from "vitest";
import cs from "@/lib/i18n/messages/cs.json";
import en from "@/lib/i18n/messages/en.json";

/** Every leaf of a messages tree as its dotted path ("fees.form.amount"). */
function keys(tree: unknown, prefix = ""): string[] {
  if (typeof tree !== "object" || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("the UI's two languages", () => {
  // cs.json is the typed vocabulary (lib/i18n/app-config.d.ts): a key the code uses and Czech lacks
  // is a type error. This keeps English from lacking one, or keeping one Czech no longer has.
  it("have exactly the same message keys", () => {
    const csKeys = keys(cs).sort();
    const enKeys = keys(en).sort();
    expect(enKeys.filter((k) => !csKeys.includes(k))).toEqual([]);
    expect(csKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("leave no message empty", () => {
    const empty = (tree: unknown): string[] =>
      keys(tree).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree) === "");
    expect(empty(cs)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
