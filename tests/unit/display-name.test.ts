import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { displayName, fullLabel, shortName } from "@/lib/registry/display-name";

const root = path.resolve(__dirname, "../..");
const lhc = { name: "League of Historical Cities", nameCs: "Liga historických měst", abbreviation: null };
const ire = { name: "Institut der Regionen Europas", nameCs: "Institut evropských regionů", abbreviation: "IRE" };
const polis = { name: "POLIS", nameCs: null, abbreviation: null };

describe("the naming rule (lib/registry/display-name.ts)", () => {
  it("shows the Czech name in Czech where there is one, the official name in English", () => {
    expect(displayName(lhc, "cs")).toBe("Liga historických měst");
    expect(displayName(lhc, "en")).toBe("League of Historical Cities");
    expect(displayName(polis, "cs")).toBe("POLIS");
    expect(displayName(polis, "en")).toBe("POLIS");
  });

  it("puts the abbreviation first in a full label unless the name holds it, and uses it alone as the short name", () => {
    expect(fullLabel(ire, "cs")).toBe("IRE – Institut evropských regionů");
    expect(fullLabel(ire, "en")).toBe("IRE – Institut der Regionen Europas");
    expect(fullLabel({ ...polis, abbreviation: "POLIS" }, "en")).toBe("POLIS");
    expect(shortName(ire, "en")).toBe("IRE");
    expect(shortName(lhc, "cs")).toBe("Liga historických měst");
    expect(shortName(lhc, "en")).toBe("League of Historical Cities");
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((entry) => {
    const rel = `${dir}/${entry}`;
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry) ? [rel] : [];
  });
}

/**
 * Ways of naming a row by hand, each a second copy of the rule that drifts from it: coalescing the
 * Czech name with the official one (TS `nameCs ?? name`, SQL `coalesce(name_cs, name)`), or the
 * abbreviation with a name (`abbreviation ?? name`, `coalesce(o.abbreviation, ...)`).
 */
const HAND_MADE = [
  /\bnameCs\s*\?\?/,
  /\?\?\s*\w+\.nameCs\b/,
  /coalesce\([^)]*\bname_cs\b/i,
  /coalesce\([^)]*nameCs\b/,
  /\babbreviation\s*\?\?\s*\w+\.(name|nameCs)\b/,
  /coalesce\([^)]*\babbreviation\b/i,
];

/**
 * Raw name columns (`organisations.name`, `bodies.name`) in queries: only where they are not a
 * displayed name. Each file's count is fixed, so a new use must be looked at (and the rule used).
 */
const RAW_COLUMNS_ALLOWED: Record<string, number> = {
  // searching matches every name, and the edit form loads the names as stored
  "lib/organisations/queries.ts": 2,
  "lib/representation/queries.ts": 1,
  // the name columns for the page to name the row (displayName/shortName in the component)
  "lib/assessments/queries.ts": 1,
  "lib/registry/queries.ts": 1,
  "lib/council-report/model.ts": 2,
  // the seed writes rows by their natural key (the official name)
  "lib/seed/reference.ts": 5,
};

describe("every screen, query and export names rows through the rule", () => {
  const files = ["lib", "app", "components"].flatMap(sourceFiles).filter((f) => f !== "lib/registry/display-name.ts");

  it("has no hand-made copy of the rule", () => {
    const found: string[] = [];
    for (const file of files) {
      readFileSync(path.join(root, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*)/.test(line)) return;
          // An empty default is not a name (search matches each column, open data leaves a cell empty).
          const named = line.replace(/coalesce\((\$\{[^}]*\}|[^()])*,\s*''\)/g, "").replace(/\?\?\s*""/g, "");
          if (HAND_MADE.some((re) => re.test(named))) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("selects raw name columns only where they are not a displayed name", () => {
    const counts: Record<string, number> = {};
    for (const file of files) {
      const n = (readFileSync(path.join(root, file), "utf8").match(/\b(organisations|bodies)\.name\b/g) ?? []).length;
      if (n > 0) counts[file] = n;
    }
    expect(counts).toEqual(RAW_COLUMNS_ALLOWED);
  });
});
