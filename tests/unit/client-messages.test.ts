import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import cs from "@/lib/i18n/messages/cs.json";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";

/** Every source file of the app that may render on the client. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(tsx?|jsx?)$/.test(e.name) ? [p] : [];
  });
}

const covered = (ns: string) => CLIENT_NAMESPACES.some((c) => ns === c || ns.startsWith(`${c}.`));

describe("the messages sent to the browser", () => {
  it("cover every namespace a useTranslations call names, and the root keys of useTranslations()", () => {
    const missing: string[] = [];
    for (const file of ["app", "components", "lib"].flatMap((d) => sources(path.join(process.cwd(), d)))) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/useTranslations\(\s*["'`]([\w.]+)["'`]\s*\)/g)) {
        if (!covered(m[1]!)) missing.push(`${path.relative(process.cwd(), file)}: ${m[1]}`);
      }
      if (/useTranslations\(\s*\)/.test(text)) {
        // Without a namespace the keys are full paths: t("users.fields.name").
        for (const m of text.matchAll(/\bt\(\s*["'`]([\w]+(?:\.[\w]+)+)["'`]/g)) {
          if (!covered(m[1]!)) missing.push(`${path.relative(process.cwd(), file)}: ${m[1]}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("are a real part of the catalogue, with the nesting kept", () => {
    const picked = pickMessages(cs as never, CLIENT_NAMESPACES) as Record<string, Record<string, unknown>>;
    for (const ns of CLIENT_NAMESPACES) {
      const value = ns.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], picked);
      expect(value, ns).toBeDefined();
    }
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(cs).length / 2);
    expect(picked.users).toEqual((cs as Record<string, unknown>).users);
  });
});
