import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ReportModel } from "@/lib/council-report/model";
import { openDataCsv, openDataMetadata, OPEN_DATA_COLUMNS } from "@/lib/council-report/open-data";
import { reportBlocks } from "@/lib/council-report/blocks";
import { renderHtml } from "@/lib/council-report/render-html";
import { historySentence } from "@/lib/council-report/wording";

describe("the membership history sentence", () => {
  it("tells an observer's entry by its year and the later full membership by its date", () => {
    const periods = [
      { status: "observer" as const, validFrom: "1993-01-01", validTo: "2004-04-30" },
      { status: "full" as const, validFrom: "2004-05-01", validTo: null },
    ];
    expect(historySentence(periods, "2025-12-31", "EUROCITIES")).toBe(
      "Hlavní město Praha je členem od roku 1993, kdy vstoupilo jako pozorovatel; řádným členem je od 1. 5. 2004.",
    );
    // As of a day in the observer years, the city was an observer since 1993.
    expect(historySentence(periods, "2000-06-30", "EUROCITIES")).toBe("Hlavní město Praha je pozorovatelem od roku 1993.");
  });

  it("words a membership through the state as the source text does for UNESCO", () => {
    expect(historySentence([{ status: "via_state", validFrom: "1993-01-01", validTo: null }], "2025-12-31", "UNESCO")).toBe(
      "Praha je členem UNESCO od roku 1993, kde ji ale primárně zastupuje stát.",
    );
  });

  it("says when a membership ended, and when there was none yet", () => {
    const ended = [{ status: "full" as const, validFrom: "2006-01-01", validTo: "2024-12-31" }];
    expect(historySentence(ended, "2025-12-31", "IRE")).toBe("Hlavní město Praha bylo členem od roku 2006 do 31. 12. 2024; členství skončilo.");
    expect(historySentence(ended, "2005-12-31", "IRE")).toBe("Hlavní město Praha nebylo k 31. 12. 2005 členem organizace IRE.");
  });
});

const model: ReportModel = {
  title: "Členství hlavního města Prahy v mezinárodních organizacích",
  year: 2025,
  asOf: "2025-12-31",
  generatedOn: "2026-01-15",
  introduction: "První odstavec.\n\nDruhý <odstavec> & \"uvozovky\".",
  feeNote: "Poznámka k poplatkům.",
  summary: [
    {
      organisationId: "o1",
      name: "Liga historických měst",
      status: "full",
      statusLabel: "řádný člen",
      memberSince: "1995-01-01",
      feePaidCzk: "12345.60",
      feeEstimatedCzk: null,
      meetingsTotal: 2,
      meetingsAttended: 1,
      levelLabel: "ad hoc",
      recommendationLabel: "přezkoumat",
    },
  ],
  organisations: [
    {
      organisationId: "o1",
      heading: "Liga historických měst (League of Historical Cities)",
      name: "League of Historical Cities",
      nameCs: "Liga historických měst",
      abbreviation: null,
      description: "Sdružení, \"citace\", čárky",
      history: "Hlavní město Praha je řádným členem od roku 1995.",
      representatives: [{ roleLabel: "hlavní kontakt", department: "Odbor zahraničních vztahů (ZAH)", person: "Ing. Jana Nováková" }],
      bodies: [],
      meetings: [],
      meetingsSentence: "—",
      fee: "—",
      assessment: null,
      decisions: [],
      website: "http://www.city.kyoto.jp/somu/kokusai/lhcs/eng/index.htm",
      annualText: "",
    },
  ],
};

describe("open data", () => {
  it("is RFC 4180 with a comma, one row per membership, departments without names", () => {
    const csv = openDataCsv(model);
    expect(csv.startsWith("\uFEFF")).toBe(false);
    expect(csv).toContain("\r\n");
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual(OPEN_DATA_COLUMNS.map((c) => c.name));
    const row = Object.fromEntries(rows[0]!.map((k, i) => [k, rows[1]![i]]));
    expect(row).toMatchObject({
      organizace: "League of Historical Cities",
      poplatek_zaplaceno_czk: "12345.60",
      clenem_od: "1995-01-01",
      zastoupeni: "Odbor zahraničních vztahů (ZAH) – hlavní kontakt",
    });
    expect(csv).not.toContain("Nováková");
  });

  it("describes itself: publisher, period, licence and every column", () => {
    const meta = openDataMetadata(model, { csvUrl: "https://x/data.csv", licence: "CC BY 4.0|https://creativecommons.org/licenses/by/4.0/", finalNumber: 2 });
    expect(meta["dc:publisher"]).toBe("Hlavní město Praha");
    expect(meta["dc:license"]).toEqual({ name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
    expect(meta["dc:temporal"]).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect(meta.tableSchema.columns.map((c) => c.name)).toEqual(OPEN_DATA_COLUMNS.map((c) => c.name));
  });
});

describe("the HTML format", () => {
  it("escapes the texts and gives every table a header row", () => {
    const html = renderHtml(reportBlocks(model, { status: "draft" }), model.title);
    expect(html).toContain("Druhý &lt;odstavec&gt; &amp; &quot;uvozovky&quot;.");
    expect(html).toContain('<th scope="col">Organizace</th>');
    expect(html).toContain("12 345,60 Kč");
    expect(html).toContain('<html lang="cs">');
  });
});
