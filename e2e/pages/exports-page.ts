import fs from "node:fs/promises";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { expect, expectAccessible } from "../fixtures";

export type Selection = { kind: string; date?: string; year?: string };

/** /exports: choose what to export, see the preview, download CSV or XLSX (app/exports). */
export class ExportsPage {
  constructor(readonly page: Page) {}

  readonly preview = () => this.page.getByRole("table").filter({ has: this.page.locator("caption", { hasText: "Náhled" }) });

  async goto() {
    await this.page.goto("/exports");
    await expect(this.page.getByRole("heading", { level: 1, name: "Export" })).toBeVisible();
    await expectAccessible(this.page);
  }

  async choose(selection: Selection) {
    await this.page.getByLabel("Druh záznamů").selectOption({ label: selection.kind });
    if (selection.date) await this.page.getByLabel("Stav k datu").fill(selection.date);
    if (selection.year !== undefined) await this.page.getByLabel("Rok (nepovinné)").fill(selection.year);
    await this.page.getByRole("button", { name: "Zobrazit náhled" }).click();
    await this.page.waitForURL(/\/exports\?/);
    await expectAccessible(this.page);
  }

  /** The preview as the screen shows it: header texts and the rows' cell texts. */
  async shown(): Promise<{ headers: string[]; rows: string[][] }> {
    const table = this.preview();
    const headers = (await table.locator("thead th").allInnerTexts()).map((s) => s.trim());
    const rows: string[][] = [];
    for (const row of await table.locator("tbody tr").all()) {
      rows.push((await row.locator("td").allInnerTexts()).map((s) => s.trim()));
    }
    return { headers, rows };
  }

  async download(format: "CSV" | "XLSX"): Promise<Buffer> {
    const [file] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("link", { name: `Stáhnout ${format}` }).click(),
    ]);
    expect(await file.failure()).toBeNull();
    return fs.readFile((await file.path())!);
  }

  async downloadCsv(): Promise<string[][]> {
    const bytes = await this.download("CSV");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return parse(bytes.toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
  }

  async downloadXlsx(): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await this.download("XLSX")) as unknown as ArrayBuffer);
    return wb;
  }
}

/** A sheet's rows as arrays of cell values (exceljs' 1-based row values, trimmed to 0-based). */
export function sheetRows(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}
