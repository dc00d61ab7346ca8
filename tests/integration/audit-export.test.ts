import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { todayInPrague } from "@/lib/dates";
import { previewExport } from "@/lib/exports/queries";
import { startExport, type ExportRequest } from "@/lib/exports/service";
import { createFee, updateFee } from "@/lib/fees/commands";
import { addPeriod, createOrganisation } from "@/lib/organisations/commands";
import type { Actor } from "@/lib/permissions";
import { makeActor, unique } from "../helpers/factories";

let auditor: Actor;
let coordinator: Actor;

beforeAll(async () => {
  auditor = await makeActor("auditor");
  coordinator = await makeActor("coordinator");
});

const request = (r: Partial<ExportRequest> & Pick<ExportRequest, "kind">): ExportRequest => ({ format: "csv", style: "cs", columns: [], ...r });

async function collect(chunks: AsyncGenerator<string | Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(typeof c === "string" ? Buffer.from(c, "utf8") : c);
  return Buffer.concat(parts);
}

/** Intl writes no-break spaces in Czech numbers; a reader sees spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("the audit export reads like the register view", () => {
  it("names the record, words the action and the changed fields, formats money, dates and references, no raw keys or JSON", async () => {
    const abbreviation = unique("SÍŤ").toUpperCase();
    const org = await createOrganisation(coordinator, { name: unique("Síť pro export"), abbreviation, kind: "city_network", scope: "european" });
    if (!org.ok) throw new Error(JSON.stringify(org));
    expect((await addPeriod(coordinator, { organisationId: org.data.id, status: "full", validFrom: "2020-01-01" })).ok).toBe(true);
    const invoice = unique("INV");
    const fee = await createFee(coordinator, {
      organisationId: org.data.id, year: 2026, amount: "15600.00", currency: "EUR", status: "planned", invoiceNumber: invoice, dueOn: "2026-03-31",
    });
    if (!fee.ok) throw new Error(JSON.stringify(fee));
    expect((await updateFee(coordinator, { id: fee.data.id, version: 1, year: 2026, amount: "15900.00", currency: "EUR", status: "planned", invoiceNumber: invoice, dueOn: "2026-03-31" })).ok).toBe(true);

    const today = todayInPrague();
    const download = await startExport(auditor, request({ kind: "audit", from: today, to: today }));
    const [header, ...rows] = parse((await collect(download.chunks)).toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
    expect(header).toEqual(["Kdy", "Kdo", "Záznam", "Akce", "Změny (pole: před → po)", "Poznámka", "Druh záznamu", "Identifikátor záznamu"]);
    const col = (name: string) => header!.indexOf(name);
    const mine = rows.filter((r) => r[col("Identifikátor záznamu")] === fee.data.id);
    expect(mine).toHaveLength(2);
    const [created, updated] = mine;
    for (const row of mine) {
      expect(row[col("Záznam")]).toBe(`Poplatek ${abbreviation} 2026 (EUR)`);
      expect(row[col("Druh záznamu")]).toBe("Poplatek");
      expect(row[col("Kdo")]).toBe(`${coordinator.name} (${coordinator.email})`);
      expect(row[col("Kdy")]).toMatch(/^\d{1,2}\. \d{1,2}\. \d{4} \d{2}:\d{2}:\d{2}$/);
      // No raw keys, ids or JSON (but the record's own identifier on its creation).
      const lines = row[col("Změny (pole: před → po)")]!.split("\n").filter((l) => !l.startsWith("Identifikátor: "));
      expect(lines.join("\n")).not.toMatch(/[{}"]|organisationId|dueOn|[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
    expect(created![col("Akce")]).toBe("Vytvoření");
    const createdLines = plain(created![col("Změny (pole: před → po)")]!).split("\n");
    expect(createdLines).toContain("Částka: 15 600,00 EUR");
    expect(createdLines).toContain(`Organizace: ${abbreviation}`);
    expect(createdLines).toContain("Splatnost: 31. 3. 2026");
    expect(createdLines).toContain("Stav: Plánováno");
    expect(createdLines).toContain("Rok: 2026");
    expect(updated![col("Akce")]).toBe("Úprava");
    expect(plain(updated![col("Změny (pole: před → po)")]!)).toBe("Částka: 15 600,00 EUR → 15 900,00 EUR");

    // The XLSX holds the same words, and the preview on screen too.
    const xlsx = await startExport(auditor, request({ kind: "audit", format: "xlsx", from: today, to: today }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await collect(xlsx.chunks)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Auditní záznam")!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(plain(String(row.getCell(5).value ?? ""))));
    expect(texts).toContain("Částka: 15 600,00 EUR → 15 900,00 EUR");
    const preview = await previewExport(auditor, { ...request({ kind: "audit", from: today, to: today }), kind: "audit", previewOf: "audit" });
    expect(preview.headers[2]).toBe("Záznam");
    expect(preview.rows.every((r) => !/^\{/.test(r[4] ?? ""))).toBe(true);
  });
});
