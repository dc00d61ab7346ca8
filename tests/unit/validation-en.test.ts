import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inUiLanguage } from "@/lib/actions";
import { messageInEnglish, VALIDATION_EN } from "@/lib/i18n/validation-en";
import { requiredText, tooLong, z } from "@/lib/validation";

const CZECH = /[ěščřžýáíéůúťďňĚŠČŘŽÝÁÍÉŮÚŤĎŇ]/;
const root = path.resolve(__dirname, "../..");

/** The write path's files: where refusals are worded (schemas, commands, the shared rules). */
function writePathFiles(): string[] {
  const out = ["lib/validation.ts", "lib/errors.ts", "lib/money.ts", "lib/fees/money.ts"];
  for (const area of readdirSync(path.join(root, "lib"))) {
    if (!statSync(path.join(root, "lib", area)).isDirectory()) continue;
    for (const f of ["schemas.ts", "commands.ts"]) {
      try {
        statSync(path.join(root, "lib", area, f));
        out.push(`lib/${area}/${f}`);
      } catch {
        // the area has no such file
      }
    }
  }
  return out;
}

/** Czech string literals that are not refusals: audit notes, stored placeholders, examples in comments. */
const NOT_MESSAGES = new Set([
  "Anonymizovaná",
  "Přidána z formuláře jednání.",
  "Kurzy ČNB (Česká národní banka)",
  "Kč",
  "Online jednání",
  // pieces of a plural inside a template literal (the template is matched as a whole)
  "znaků",
  "poplatků",
]);

describe("the write path's messages in English", () => {
  it("has an English text for every Czech message literal of the schemas and commands", () => {
    const missing: string[] = [];
    for (const file of writePathFiles()) {
      const code = readFileSync(path.join(root, file), "utf8")
        // comments are not messages
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      for (const m of code.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
        const text = m[1]!;
        if (!CZECH.test(text) || NOT_MESSAGES.has(text)) continue;
        if (messageInEnglish(text) === text) missing.push(`${file}: ${text}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("translates no message into Czech", () => {
    expect(Object.values(VALIDATION_EN).filter((v) => CZECH.test(v.replace(/ČNB/g, "")))).toEqual([]);
  });

  it("words messages with numbers, and composite ones sentence by sentence", () => {
    const long = requiredText(5).safeParse("abcdefgh");
    expect(long.success).toBe(false);
    expect(messageInEnglish(long.error!.issues[0]!.message)).toBe("The text is too long: at most 5 characters, 8 entered.");
    expect(messageInEnglish(z.string().max(1, tooLong(1)).safeParse("ab").error!.issues[0]!.message)).toBe("The text is too long: at most 1 characters, 2 entered.");
    expect(messageInEnglish("Konec mandátu nesmí předcházet jeho začátku. Mandát začal 1. 1. 2026.")).toBe(
      "The mandate's end must not be before its start. The mandate started on 1. 1. 2026.",
    );
    expect(messageInEnglish("Období se překrývá s obdobím „Řádný člen“ (1. 1. 2020 – 31. 12. 2020).")).toMatch(/^The period overlaps the “[A-Za-z ]+” period/);
  });

  it("translates a refusal's message and field errors for the English UI only", () => {
    const refusal = {
      ok: false as const,
      code: "invalid" as const,
      message: "Formulář obsahuje chyby. Opravte prosím označená pole.",
      fieldErrors: { title: ["Zadejte název jednání."] },
    };
    expect(inUiLanguage(refusal, "cs")).toBe(refusal);
    expect(inUiLanguage(refusal, "en")).toEqual({
      ...refusal,
      message: "The form has errors. Please correct the marked fields.",
      fieldErrors: { title: ["Enter the meeting's title."] },
    });
    expect(inUiLanguage({ ok: true, data: 1 }, "en")).toEqual({ ok: true, data: 1 });
  });
});
