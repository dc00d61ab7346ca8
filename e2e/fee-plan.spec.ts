import ExcelJS from "exceljs";
import { expect, expectAccessible, test } from "./fixtures";
import { FeesPage, minorUnits } from "./pages/fees-page";
import { OrganisationsPage } from "./pages/organisations-page";
import { SignInPage } from "./pages/sign-in-page";

const uniqueTag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

/** A plan year of this spec's own: only its fee is in it. */
const PLAN = 2196;

test.describe("next year's budget plan in CZK", () => {
  test("a coordinator sets a planning rate for EUR, sees the plan's CZK change, and downloads the XLSX for the finance department", async ({ page }) => {
    test.slow(); // several pages, each checked with axe
    await new SignInPage(page).signInAs("coordinator");
    // The home page's fee deadlines carry the CZK figure with its kind: EUROCITIES' invoice of this
    // year (EUR, due in a month, lib/seed/demo-data.ts) is an estimate at a ČNB rate.
    await page.goto("/");
    const deadline = page.getByRole("table", { name: "Nezaplacené poplatky podle splatnosti" }).getByRole("row").filter({ hasText: "EUROCITIES" }).first();
    await expect(deadline.getByTestId("deadline-czk")).toContainText(/Kč\s*odhad · kurz ČNB/i);
    await expectAccessible(page);
    const orgs = new OrganisationsPage(page);
    const fees = new FeesPage(page);
    const name = `Rozpočtová síť ${uniqueTag()}`;
    const item = `5511 plán ${uniqueTag()}`;
    await orgs.create({ name, kind: "Síť měst", scope: "Evropská" });
    await fees.addFromOrganisation({ year: String(PLAN), amount: "1 234,57", currency: "eur", dueOn: `${PLAN}-03-31`, invoiceNumber: "", budgetItem: item });

    // From the fees of the year before, the link to the plan.
    await fees.gotoOverview(PLAN - 1);
    await page.getByRole("link", { name: `Rozpočtový plán na příští rok v Kč (${PLAN})` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Rozpočtový plán poplatků na rok ${PLAN}` })).toBeVisible();
    await expectAccessible(page);

    // Without a planning rate, EUR is converted at the latest ČNB rate, named with its date.
    await expect(page.getByTestId("plan-rate-source-EUR")).toContainText("ČNB ze dne");
    const itemCzk = () => page.getByTestId("plan-item").filter({ hasText: item }).getByTestId("plan-item-czk");
    const before = minorUnits(await itemCzk().textContent());
    expect(before).toBeGreaterThan(0n);

    // A bad rate is refused next to its field.
    await page.getByLabel("Měna", { exact: true }).selectOption("EUR");
    await page.getByLabel("Kurz (Kč za množství)").fill("25,1,2");
    await page.getByRole("button", { name: "Uložit plánovací kurz" }).click();
    await expect(page.locator("#field-rate-error")).toContainText("není kladné desetinné číslo");
    await expectAccessible(page);

    // The ministry's budget rate: 1 234,57 EUR × 25,1255 = 31 019,188 535 → 31 019,19 Kč (half up, once).
    await page.getByLabel("Měna", { exact: true }).selectOption("EUR");
    await page.getByLabel("Kurz (Kč za množství)").fill("25,1255");
    await page.getByLabel("Poznámka (odkud kurz je)").fill("rozpočtový kurz MF ČR");
    await page.getByRole("button", { name: "Uložit plánovací kurz" }).click();
    await expect(page.getByText("Plánovací kurz byl uložen.")).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByTestId("plan-rate-used-EUR")).toHaveText("25,1255 Kč za 1 EUR");
    await expect(page.getByTestId("plan-rate-source-EUR")).toContainText("plánovací kurz; nastavil(a) Kamil Koordinátor");
    await expect(itemCzk()).toHaveText(/^31\s019,19\sKč$/);
    expect(minorUnits(await itemCzk().textContent())).not.toBe(before);

    // The plan for the finance department: its item's total, and a cover naming the rate's source.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Stáhnout plán pro finanční odbor (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const cover = new Map<string, string>();
    wb.getWorksheet("Úvod")!.eachRow((row) => cover.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(cover.get("Rok plánu")).toBe(String(PLAN));
    expect(cover.get("Kurzy plánu")).toContain("EUR: 25,1255 Kč za 1 EUR – plánovací kurz, nastavil(a) Kamil Koordinátor (rozpočtový kurz MF ČR)");
    const sheet = wb.getWorksheet("Plán poplatků")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    let total: unknown = null;
    sheet.eachRow((row) => {
      if (row.getCell(header.indexOf("Řádek") + 1).value === "součet rozpočtové položky" && row.getCell(header.indexOf("Rozpočtová položka") + 1).value === item) {
        total = row.getCell(header.indexOf("Plán v Kč") + 1).value;
      }
    });
    expect(total).toBe(31019.19);
  });

  test("department staff read the plan but get no form and no download (403)", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    await page.goto(`/fees/plan?year=${PLAN}`);
    await expect(page.getByRole("heading", { level: 1, name: `Rozpočtový plán poplatků na rok ${PLAN}` })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByRole("button", { name: "Uložit plánovací kurz" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Stáhnout plán/ })).toHaveCount(0);
    const response = await page.request.get(`/exports/feePlan?format=xlsx&year=${PLAN}`);
    expect(response.status()).toBe(403);
  });
});
