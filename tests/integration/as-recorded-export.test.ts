import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { membershipPeriods } from "@/db/schema";
import { addDays, todayInPrague } from "@/lib/dates";
import { EXPORT_KINDS, type ExportKindId, type ExportParams } from "@/lib/exports/kinds";
import { startExport, type ExportRequest } from "@/lib/exports/service";
import { exportRows } from "@/lib/exports/source";
import { createFee, updateFee } from "@/lib/fees/commands";
import { addPeriod, createOrganisation, updateOrganisation } from "@/lib/organisations/commands";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeOrganisation, unique } from "../helpers/factories";

let coordinator: Actor;
let auditor: Actor;
let manager: Actor;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
  auditor = await makeActor("auditor");
  manager = await makeActor("manager");
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));
const request = (r: Partial<ExportRequest> & Pick<ExportRequest, "kind">): ExportRequest => ({ format: "csv", style: "cs", columns: [], ...r });

async function collect(chunks: AsyncGenerator<string | Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(typeof c === "string" ? Buffer.from(c, "utf8") : c);
  return Buffer.concat(parts);
}

/** An export's rows (values by the kind's columns) that belong to one organisation, by its names. */
async function rowsOf(kind: ExportKindId, params: ExportParams, names: string[]) {
  const db = await getDb();
  const rows: (string | number | boolean | null)[][] = [];
  for await (const batch of exportRows(db, EXPORT_KINDS[kind], params)) rows.push(...batch.map((r) => [...r]));
  const at = EXPORT_KINDS[kind].columns.findIndex((c) => c.key === "organisation");
  return rows.filter((r) => names.includes(String(r[at])));
}

/** The fee columns derived from today's ČNB rates, not recorded: the replay leaves them empty. */
const DERIVED_FEE_COLUMNS = new Set(["czk", "czkKind", "cnbRate", "cnbRateAmount", "cnbRateDate"]);
const recordedOnly = (kind: ExportKindId, rows: unknown[][]) =>
  rows.map((r) => r.map((v, i) => (kind === "fees" && DERIVED_FEE_COLUMNS.has(EXPORT_KINDS.fees.columns[i]!.key) ? null : v)));

describe("the whole-record export as recorded on a day (transaction time)", () => {
  it("replays moment 1 and moment 2 exactly: an organisation's name and a fee's amount corrected in between", async () => {
    const today = todayInPrague();
    const date = today;
    const name1 = unique("Síť původní");
    const name2 = unique("Síť opravená");
    const created = await createOrganisation(coordinator, { name: name1, kind: "city_network", scope: "european" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    expect((await addPeriod(coordinator, { organisationId: id, status: "full", validFrom: "2020-01-01" })).ok).toBe(true);
    const fee = await createFee(coordinator, { organisationId: id, year: 2026, amount: "15600.00", currency: "EUR", status: "planned", invoiceNumber: unique("F") });
    if (!fee.ok) throw new Error(JSON.stringify(fee));
    await tick();
    const day1 = new Date().toISOString();
    // What the live export held at moment 1, for each sheet that can be replayed.
    const live1 = {
      organisations: await rowsOf("organisations", { date, locale: "cs" }, [name1]),
      periods: await rowsOf("periods", { date, locale: "cs" }, [name1]),
      fees: await rowsOf("fees", { date, locale: "cs" }, [name1]),
    };
    expect(live1.fees).toHaveLength(1);
    await tick();

    expect((await updateOrganisation(coordinator, { id, version: 1, name: name2, kind: "city_network", scope: "european" })).ok).toBe(true);
    const corrected = await updateFee(coordinator, { id: fee.data.id, version: 1, year: 2026, amount: "15900.00", currency: "EUR", status: "planned" });
    expect(corrected.ok).toBe(true);
    await tick();
    const day2 = new Date().toISOString();
    const live2 = {
      organisations: await rowsOf("organisations", { date, locale: "cs" }, [name2]),
      periods: await rowsOf("periods", { date, locale: "cs" }, [name2]),
      fees: await rowsOf("fees", { date, locale: "cs" }, [name2]),
    };

    for (const kind of ["organisations", "periods", "fees"] as const) {
      const at1 = await rowsOf(kind, { date, locale: "cs", recordedOn: today, recordedAt: day1 }, [name1, name2]);
      const at2 = await rowsOf(kind, { date, locale: "cs", recordedOn: today, recordedAt: day2 }, [name1, name2]);
      expect({ kind, rows: at1 }).toEqual({ kind, rows: recordedOnly(kind, live1[kind]) });
      expect({ kind, rows: at2 }).toEqual({ kind, rows: recordedOnly(kind, live2[kind]) });
    }
    const amount = EXPORT_KINDS.fees.columns.findIndex((c) => c.key === "amount");
    expect((await rowsOf("fees", { date, locale: "cs", recordedOn: today, recordedAt: day1 }, [name1]))[0]![amount]).toBe("15600.00");
    expect((await rowsOf("fees", { date, locale: "cs", recordedOn: today, recordedAt: day2 }, [name2]))[0]![amount]).toBe("15900.00");

    // Through the download, by day: at the end of today the corrected record; yesterday not yet recorded.
    const todayFile = await startExport(auditor, request({ kind: "fees", date, recordedOn: today }));
    expect(todayFile.filename).toBe(`fees-k-${date}-evidence-ke-dni-${today}.csv`);
    const csv = parse((await collect(todayFile.chunks)).toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
    const header = csv[0]!;
    const mine = csv.filter((r) => r[0] === name2 || r[0] === name1);
    expect(mine).toHaveLength(1);
    expect(mine[0]![header.indexOf("Částka")]).toBe("15900,00");
    const yesterday = await startExport(auditor, request({ kind: "organisations", date, recordedOn: addDays(today, -1) }));
    const yesterdayText = (await collect(yesterday.chunks)).toString("utf8");
    expect(yesterdayText).not.toContain(name1);
    expect(yesterdayText).not.toContain(name2);
  });

  it("the full record as recorded on a day: its three sheets, the day on the cover and in the file name, rows older than the trail counted", async () => {
    const db = await getDb();
    const today = todayInPrague();
    // Inserted directly, as the initial load does: no audit event, so it predates the trail.
    const org = await makeOrganisation();
    await db.insert(membershipPeriods).values({ organisationId: org.id, status: "full", validFrom: "2001-01-01" });
    const download = await startExport(auditor, request({ kind: "record", format: "xlsx", date: "2003-12-31", recordedOn: today }));
    expect(download.filename).toBe(`registr-k-2003-12-31-evidence-ke-dni-${today}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await collect(download.chunks)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Úvod", "Organizace", "Období členství", "Poplatky"]);
    const cover = new Map<string, string>();
    wb.getWorksheet("Úvod")!.eachRow((row) => cover.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(cover.get("K datu")).toBe("31. 12. 2003");
    expect(cover.get("Stav evidence ke dni")).toMatch(new RegExp(`^${Number(today.slice(8))}\\. ${Number(today.slice(5, 7))}\\. ${today.slice(0, 4)} – `));
    expect(cover.get("Záznamy starší než auditní záznam")).toMatch(/Organizace: \d+/);
    const names: string[] = [];
    wb.getWorksheet("Organizace")!.eachRow((row, n) => n > 1 && names.push(String(row.getCell(1).value)));
    expect(names).toContain(org.name);
  });

  it("is read from the audit trail: refused to a role that may export but not read the log", async () => {
    const today = todayInPrague();
    await expect(startExport(manager, request({ kind: "organisations", recordedOn: today }))).rejects.toMatchObject({ code: "forbidden" });
    await expect(startExport(manager, request({ kind: "organisations" }))).resolves.toMatchObject({ filename: expect.stringMatching(/^organisations-k-/) });
  });
});
