import { expect, expectAccessible, test } from "./fixtures";
import { ExportsPage, sheetRows } from "./pages/exports-page";
import { OrganisationsPage } from "./pages/organisations-page";
import { SignInPage } from "./pages/sign-in-page";

const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const FORMULA = '=HYPERLINK("http://x")';

/** An XLSX cell as the screen (and the Czech CSV) writes it, to compare the two. */
function asShown(value: unknown, shown: string): boolean {
  if (value === null || value === undefined) return shown === "";
  if (value instanceof Date) {
    return shown === `${value.getUTCDate()}. ${value.getUTCMonth() + 1}. ${value.getUTCFullYear()}`;
  }
  if (typeof value === "number") return Number(shown.replace(",", ".")) === value;
  return String(value) === shown;
}

test.describe("exports", () => {
  test("an auditor filters fees by year; the CSV and XLSX hold exactly the rows the screen shows", async ({ page }) => {
    await new SignInPage(page).signInAs("auditor");
    const exports = new ExportsPage(page);
    await exports.goto();
    const year = String(new Date().getFullYear() - 2);
    await exports.choose({ kind: "Poplatky", year });
    const screen = await exports.shown();
    expect(screen.rows.length).toBeGreaterThan(0);
    await expect(exports.preview().locator("caption")).toContainText(`z ${screen.rows.length} řádků`);
    const yearCol = screen.headers.indexOf("Rok");
    expect(screen.rows.every((r) => r[yearCol] === year)).toBe(true);
    // Czech text on the screen, so the files must carry it intact.
    expect(screen.headers).toContain("Částka");
    expect(screen.rows.some((r) => r.includes("Zaplaceno"))).toBe(true);

    const csv = await exports.downloadCsv();
    expect(csv[0]).toEqual(screen.headers);
    expect(csv.slice(1)).toEqual(screen.rows);

    const wb = await exports.downloadXlsx();
    const [header, ...rows] = sheetRows(wb, "Poplatky");
    expect(header).toEqual(screen.headers);
    expect(rows).toHaveLength(screen.rows.length);
    rows.forEach((row, i) => {
      screen.headers.forEach((h, j) => {
        const ok = asShown(row[j], screen.rows[i]![j]!);
        if (!ok) expect({ row: i, column: h, value: row[j] }).toEqual({ row: i, column: h, value: screen.rows[i]![j] });
      });
    });
    const sheet = wb.getWorksheet("Poplatky")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(typeof sheet.getRow(2).getCell(header!.indexOf("Částka") + 1).value).toBe("number");
  });

  test("a formula a coordinator typed comes out neutralised in CSV and XLSX; the audit log shows the edit", async ({ page, browser }) => {
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const name = uniqueName("Žluťoučká síť");
    await orgs.create({ name, kind: "Síť měst", scope: "Evropská" });
    const orgPath = new URL(page.url()).pathname;
    // A member since 2020: "as of today" holds only organisations the city has joined.
    await orgs.addPeriod({ status: "Řádný člen", from: "2020-01-01" });
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.goto(`${orgPath}/edit`);
    await expectAccessible(page);
    await page.getByLabel("Popis").fill(FORMULA);
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(page);

    const auditorContext = await browser.newContext();
    const auditorPage = await auditorContext.newPage();
    await new SignInPage(auditorPage).signInAs("auditor");
    const exports = new ExportsPage(auditorPage);
    await exports.goto();
    await exports.choose({ kind: "Organizace a stav členství k datu" });

    const csv = await exports.downloadCsv();
    const descriptionCol = csv[0]!.indexOf("Popis");
    const csvRow = csv.find((r) => r[0] === name)!;
    expect(csvRow[descriptionCol]).toBe(`'${FORMULA}`);

    const [header, ...rows] = sheetRows(await exports.downloadXlsx(), "Organizace");
    const xlsxRow = rows.find((r) => r[0] === name)!;
    expect(xlsxRow[header!.indexOf("Popis")]).toBe(`'${FORMULA}`);

    // The auditor finds the coordinator's edit, with the value before and after.
    await auditorPage.goto(orgPath);
    await expectAccessible(auditorPage);
    const history = auditorPage.getByRole("region", { name: "Historie změn", exact: true });
    await expect(history).toBeVisible();
    const edit = history.locator("[data-event-id]").filter({ hasText: "Úprava" });
    await expect(edit).toHaveCount(1);
    await expect(edit).toContainText("koordinator@praha.example");
    const change = edit.locator("tbody tr").filter({ has: auditorPage.locator("th", { hasText: "Popis" }) });
    await expect(change.locator("td").nth(0)).toHaveText("(prázdné)");
    await expect(change.locator("td").nth(1)).toHaveText(FORMULA);
    await auditorContext.close();
  });

  test("the record as of 31. 12. 2003 shows EUROCITIES as an observer", async ({ page }) => {
    await new SignInPage(page).signInAs("auditor");
    const exports = new ExportsPage(page);
    await exports.goto();
    await exports.choose({ kind: "Celý stav registru k datu (XLSX)", date: "2003-12-31" });
    const screen = await exports.shown();
    const statusCol = screen.headers.indexOf("Stav členství");
    expect(screen.rows.find((r) => r[0] === "EUROCITIES")?.[statusCol]).toBe("Pozorovatel");

    const wb = await exports.downloadXlsx();
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Úvod", "Organizace", "Období členství", "Poplatky", "Zastoupení", "Jednání a účast", "Hodnocení",
    ]);
    const cover = JSON.stringify(sheetRows(wb, "Úvod"));
    expect(cover).toContain("31. 12. 2003");
    expect(cover).toContain("auditor@praha.example");
    const [header, ...rows] = sheetRows(wb, "Organizace");
    expect(rows.find((r) => r[0] === "EUROCITIES")?.[header!.indexOf("Stav členství")]).toBe("Pozorovatel");
    // Periods begun by that day: the observer period only, not the later full membership.
    const [pHeader, ...periods] = sheetRows(wb, "Období členství");
    const euro = periods.filter((r) => r[0] === "EUROCITIES").map((r) => r[pHeader!.indexOf("Stav členství")]);
    expect(euro).toEqual(["Pozorovatel"]);
  });

  test("staff get 403 on the export screen and on every download, also by direct URL", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    await expect(page.getByRole("link", { name: "Export" })).toHaveCount(0);
    const screen = await page.goto("/exports");
    expect(screen?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Přístup odepřen" })).toBeVisible();
    await expectAccessible(page);
    for (const kind of ["organisations", "periods", "fees", "representations", "meetings", "assessments", "audit", "record"]) {
      for (const format of ["csv", "xlsx"]) {
        const response = await page.request.get(`/exports/${kind}?format=${format}&date=2003-12-31`);
        expect(response.status(), `${kind} ${format}`).toBe(403);
        expect(response.headers()["content-disposition"]).toBeUndefined();
      }
    }
  });
});
