import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, councilReportFiles, councilReports, organisations, people } from "@/db/schema";
import { seed } from "@/lib/seed";
import { finaliseCouncilReport, saveCouncilReportDraft } from "@/lib/council-report/commands";
import { openDataCsv } from "@/lib/council-report/open-data";
import { defaultReportYear, getDraft, getFinalFile, getFinalVersions, getOpenDataModel } from "@/lib/council-report/queries";
import { sha256 } from "@/lib/council-report/render";
import { updateOrganisation } from "@/lib/organisations/commands";
import type { Actor } from "@/lib/permissions";
import { makeActor, makePerson } from "../helpers/factories";

const YEAR = defaultReportYear();
const EUROCITIES_SENTENCE =
  "Hlavní město Praha je členem od roku 1993, kdy vstoupilo jako pozorovatel; řádným členem je od 1. 5. 2004.";
const EUROCITIES_JUDGEMENT = "je aktivní, soustavná a pro mezinárodní vztahy HMP zásadní";
const UNESCO_WORDING = "kde ji ale primárně zastupuje stát";
const EUROCITIES_FORUMS = [
  "Fórum pro ekonomický rozvoj",
  "Kulturní fórum",
  "Fórum pro životní prostředí",
  "Fórum pro znalostní společnost",
  "Mobility fórum",
  "Fórum pro sociální záležitosti",
  "Fórum pro mezinárodní spolupráci",
];

let coordinator: Actor;
let manager: Actor;
let staff: Actor;
let auditor: Actor;

beforeAll(async () => {
  // The seeded registry: reference data from the source text plus the demo rows (idempotent).
  await seed(await getDb(), { demo: true });
  coordinator = await makeActor("coordinator");
  manager = await makeActor("manager");
  staff = await makeActor("staff");
  auditor = await makeActor("auditor");
});

const flat = (text: string) => text.replace(/\s+/g, " ");
const section = (model: Awaited<ReturnType<typeof getDraft>>["model"], name: string) => {
  const found = model.organisations.find((o) => o.name === name || o.abbreviation === name);
  if (!found) throw new Error(`no section for ${name}`);
  return found;
};

async function orgId(abbreviationOrName: string): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`${organisations.name} = ${abbreviationOrName} or ${organisations.abbreviation} = ${abbreviationOrName}`);
  return row!.id;
}

describe("the report model of the seeded registry", () => {
  it("tells EUROCITIES' history, forums and judgement as the source text does", async () => {
    const { model } = await getDraft(coordinator, { year: YEAR });
    const eurocities = section(model, "EUROCITIES");
    expect(eurocities.history).toBe(EUROCITIES_SENTENCE);
    expect(eurocities.bodies.map((b) => b.name)).toEqual(expect.arrayContaining(EUROCITIES_FORUMS));
    expect(eurocities.assessment?.rationale).toContain(EUROCITIES_JUDGEMENT);
    expect(eurocities.assessment?.judgement).toContain("zásadní");
    expect(eurocities.website).toBe("http://www.eurocities.org/main.php");
    const row = model.summary.find((r) => r.organisationId === eurocities.organisationId);
    expect(row).toMatchObject({ statusLabel: "řádný člen", memberSince: "1993-01-01", levelLabel: "zásadní", recommendationLabel: "pokračovat" });
  });

  it("words UNESCO as represented primarily by the state", async () => {
    const { model } = await getDraft(manager, { year: YEAR });
    const unesco = section(model, "UNESCO");
    expect(unesco.history).toBe(`Praha je členem UNESCO od roku 1993, ${UNESCO_WORDING}.`);
    expect(unesco.heading).toBe("UNESCO – Organizace OSN pro výchovu, vědu a kulturu (United Nations Educational, Scientific and Cultural Organization)");
  });

  it("starts from the source text's introduction and is refused to staff and auditors", async () => {
    const state = await getDraft(coordinator, { year: YEAR });
    expect(state.introduction).toMatch(/^Členství hlavního města Prahy v mezinárodních organizacích naplňuje/);
    for (const actor of [staff, auditor]) {
      await expect(getDraft(actor, { year: YEAR })).rejects.toMatchObject({ code: "forbidden" });
      const saved = await saveCouncilReportDraft(actor, { year: String(YEAR), introduction: "x" });
      expect(saved).toMatchObject({ ok: false, code: "forbidden" });
    }
  });
});

describe("draft → final", () => {
  it("freezes the final report: a later edit changes nothing in it, its hashes match its bytes, a new version supersedes it", async () => {
    const db = await getDb();
    const ire = await orgId("IRE");
    const annual = `Zástupci města se v roce ${YEAR} zúčastnili jednoho semináře IRE v Salcburku.`;

    const empty = await saveCouncilReportDraft(coordinator, { year: String(YEAR), introduction: "  " });
    expect(empty).toMatchObject({ ok: false, code: "invalid", fieldErrors: { introduction: ["Napište úvod zprávy."] } });

    const saved = await saveCouncilReportDraft(coordinator, {
      year: String(YEAR),
      introduction: "Úvod zprávy: proč je město členem.",
      [`annual_${ire}`]: annual,
    });
    if (!saved.ok) throw new Error(saved.message);
    const draft = await getDraft(coordinator, { year: YEAR });
    expect(draft.id).toBe(saved.data.id);
    expect(section(draft.model, "IRE").annualText).toBe(annual);

    // A second save quoting the old version is refused.
    const first = await saveCouncilReportDraft(coordinator, { id: draft.id!, version: "1", year: String(YEAR), introduction: "Úvod A" });
    expect(first.ok).toBe(true);
    const stale = await saveCouncilReportDraft(manager, { id: draft.id!, version: "1", year: String(YEAR), introduction: "Úvod B" });
    expect(stale).toMatchObject({ ok: false, code: "stale" });
    await saveCouncilReportDraft(coordinator, {
      id: draft.id!,
      version: "2",
      year: String(YEAR),
      introduction: "Úvod zprávy: proč je město členem.",
      [`annual_${ire}`]: annual,
    });

    const refused = await finaliseCouncilReport(staff, { id: draft.id!, version: "3" });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    const finalised = await finaliseCouncilReport(manager, { id: draft.id!, version: "3" });
    if (!finalised.ok) throw new Error(finalised.message);
    expect(finalised.data.finalNumber).toBe(1);

    const files = await db.select().from(councilReportFiles).where(eq(councilReportFiles.reportId, draft.id!));
    expect(files.map((f) => f.format).sort()).toEqual(["docx", "html", "pdf"]);
    for (const f of files) {
      expect(sha256(f.bytes)).toBe(f.sha256);
      expect(finalised.data.sha256[f.format]).toBe(f.sha256);
    }
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "council_report"), eq(auditEvents.entityId, draft.id!), eq(auditEvents.action, "finalise")));
    expect(event?.actorId).toBe(manager.id);
    expect((event?.after as { sha256: Record<string, string> }).sha256.pdf).toBe(finalised.data.sha256.pdf);

    // Everyone may download the final, staff and auditors included, byte for byte.
    const pdf = files.find((f) => f.format === "pdf")!;
    for (const actor of [staff, auditor]) {
      const download = await getFinalFile(actor, { id: draft.id!, format: "pdf" });
      expect(download?.bytes.equals(pdf.bytes)).toBe(true);
      expect(download?.filename).toBe(`clenstvi-hmp-${YEAR}-v1.pdf`);
    }

    // A later edit of the registry: the final report keeps what it said.
    const eurocitiesId = await orgId("EUROCITIES");
    const [org] = await db.select().from(organisations).where(eq(organisations.id, eurocitiesId));
    const edited = await updateOrganisation(coordinator, {
      ...org,
      nameCs: org!.nameCs ?? "",
      abbreviation: org!.abbreviation ?? "",
      website: org!.website ?? "",
      description: "Popis změněný po dokončení zprávy.",
      version: String(org!.version),
    });
    expect(edited.ok).toBe(true);
    const [frozen] = await db.select().from(councilReports).where(eq(councilReports.id, draft.id!));
    const frozenModel = frozen!.content as typeof draft.model;
    expect(section(frozenModel, "EUROCITIES").description).not.toBe("Popis změněný po dokončení zprávy.");
    const after = await db.select().from(councilReportFiles).where(eq(councilReportFiles.reportId, draft.id!));
    for (const f of after) {
      expect(f.bytes.equals(files.find((x) => x.format === f.format)!.bytes)).toBe(true);
      expect(sha256(f.bytes)).toBe(f.sha256);
    }
    expect(flat(pdfText(pdf.bytes))).not.toContain("Popis změněný po dokončení zprávy.");
    // The database itself refuses to alter a final report or its files.
    await expect(db.update(councilReportFiles).set({ sha256: "0".repeat(64) }).where(eq(councilReportFiles.reportId, draft.id!))).rejects.toThrow();
    await expect(db.update(councilReports).set({ introduction: "x" }).where(eq(councilReports.id, draft.id!))).rejects.toThrow();

    // A new version: the draft starts from the final's texts; finalising it supersedes version 1.
    const next = await getDraft(coordinator, { year: YEAR });
    expect(next.id).toBeNull();
    expect(section(next.model, "IRE").annualText).toBe(annual);
    expect(section(next.model, "EUROCITIES").description).toBe("Popis změněný po dokončení zprávy.");
    const second = await saveCouncilReportDraft(coordinator, { year: String(YEAR), introduction: next.introduction, [`annual_${ire}`]: annual });
    if (!second.ok) throw new Error(second.message);
    const v2 = await finaliseCouncilReport(coordinator, { id: second.data.id, version: "1" });
    if (!v2.ok) throw new Error(v2.message);
    expect(v2.data.finalNumber).toBe(2);
    const versions = await getFinalVersions(staff, { year: YEAR });
    expect(versions.map((v) => [v.finalNumber, v.supersededBy])).toEqual([
      [2, null],
      [1, 2],
    ]);
    expect(versions[1]!.files.find((f) => f.format === "pdf")?.sha256).toBe(pdf.sha256);

    const again = await finaliseCouncilReport(coordinator, { id: second.data.id, version: "2" });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
  });
});

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "report-"));
  const file = path.join(dir, "report.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

describe("the formats, read back by other programs", () => {
  it("the DOCX (LibreOffice) and the PDF (poppler) carry the sentences with Czech diacritics; the PDF embeds its fonts", async () => {
    const db = await getDb();
    const [final] = await db
      .select({ id: councilReports.id })
      .from(councilReports)
      .where(and(eq(councilReports.year, YEAR), eq(councilReports.status, "final")))
      .limit(1);
    expect(final).toBeDefined();
    const dir = mkdtempSync(path.join(tmpdir(), "report-"));
    const docx = await getFinalFile(auditor, { id: final!.id, format: "docx" });
    const pdf = await getFinalFile(auditor, { id: final!.id, format: "pdf" });
    writeFileSync(path.join(dir, "report.docx"), docx!.bytes);
    writeFileSync(path.join(dir, "report.pdf"), pdf!.bytes);
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${dir}/lo`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, path.join(dir, "report.docx")],
      { stdio: "ignore", timeout: 120_000 },
    );
    const docxText = flat(readFileSync(path.join(dir, "report.txt"), "utf8"));
    const pdfTextFlat = flat(pdfText(pdf!.bytes));
    for (const text of [docxText, pdfTextFlat]) {
      expect(text).toContain(EUROCITIES_SENTENCE);
      expect(text).toContain(EUROCITIES_JUDGEMENT);
      expect(text).toContain(UNESCO_WORDING);
      expect(text).toContain("Fórum pro mezinárodní spolupráci");
      expect(text).toContain("Členství hlavního města Prahy v mezinárodních organizacích");
    }
    const fonts = execFileSync("pdffonts", [path.join(dir, "report.pdf")], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter((l) => l.trim() !== "");
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      // name, type…, encoding, then emb sub uni: every font embedded.
      expect(line).toMatch(/DejaVuSans/);
      expect(line.split(/\s+/).slice(-5)[0]).toBe("yes");
    }
    const info = execFileSync("pdfinfo", [path.join(dir, "report.pdf")], { encoding: "utf8" });
    expect(info).toMatch(/Tagged:\s+yes/);
  }, 180_000);
});

describe("open data", () => {
  it("has no column or value holding a seeded person's name or e-mail", async () => {
    const db = await getDb();
    // A representative of EUROCITIES, to be sure someone with a name holds a seat in the report.
    const person = await makePerson({ firstName: "Bohumila", lastName: "Zástupcová", email: "bohumila.zastupcova@praha.example" });
    await db.execute(sql`insert into representations (organisation_id, person_id, role, valid_from)
      values (${await orgId("EUROCITIES")}, ${person.id}, 'political_representative', '2000-01-01')`);

    const { model } = await getOpenDataModel(auditor, { year: YEAR + 1 });
    expect(model.organisations.some((o) => o.representatives.some((r) => r.person === "Bohumila Zástupcová"))).toBe(true);
    const csv = openDataCsv(model);
    const records = parse(csv, { bom: false, relax_column_count: false }) as string[][];
    expect(records.length).toBe(model.summary.length + 1);
    const everyone = await db.select({ first: people.firstName, last: people.lastName, email: people.email }).from(people);
    expect(everyone.length).toBeGreaterThan(5);
    const cells = records.flat().map((c) => c.toLowerCase());
    for (const p of everyone) {
      const needles = [p.last, `${p.first} ${p.last}`, p.email].filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase());
      for (const needle of needles) {
        expect(cells.filter((c) => c.includes(needle))).toEqual([]);
      }
    }
    expect(csv.includes("@")).toBe(false);
    const header = records[0]!;
    expect(header).toContain("zastoupeni");
  });
});
