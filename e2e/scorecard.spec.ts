import { expect, expectAccessible, test } from "./fixtures";
import { DashboardPage } from "./pages/dashboard-page";
import { OrganisationsPage } from "./pages/organisations-page";
import { SignInPage } from "./pages/sign-in-page";

const TODAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Prague" }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));

/** Czech day format as the app writes it: "30. 6. 2027" (spaces may be non-breaking). */
const czech = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new RegExp(`${d}\\.\\s${m}\\.\\s${y}`);
};

test.describe("managers decide on evidence", () => {
  test("EUROCITIES' fee figure opens a list of exactly its paid fees, whose total equals the figure", async ({ page }) => {
    await new SignInPage(page).signInAs("manager");
    const dashboard = new DashboardPage(page);
    await dashboard.goto(YEAR);
    const figure = dashboard.rowFor("EUROCITIES").getByRole("cell").nth(4).getByRole("link");
    const shown = (await figure.evaluate((a) => {
      const copy = a.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".sr-only").forEach((e) => e.remove());
      return copy.textContent ?? "";
    })).trim();
    expect(shown).toMatch(/Kč$/);
    await figure.click();
    await page.waitForURL(/\/fees\?/);
    await expectAccessible(page);
    expect(new URL(page.url()).searchParams.get("status")).toBe("paid");
    await expect(page.getByTestId("list-total-value")).toHaveText(shown);
    // Every row listed is EUROCITIES' (no other organisation's fee slips in).
    const listed = page.getByRole("table", { name: `Poplatky v roce ${YEAR}` });
    if (shown.startsWith("0,00")) {
      await expect(listed).toHaveCount(0);
    } else {
      const rows = listed.getByRole("row");
      const count = await rows.count();
      expect(count).toBeGreaterThan(1);
      for (let i = 1; i < count; i++) await expect(rows.nth(i)).toContainText("EUROCITIES");
    }
  });

  test("a '6 months before year end' rule gives the last day to deliver notice and the council's date before it", async ({ page, browser }) => {
    test.slow();
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const name = `Síť pro výpověď ${Date.now().toString(36)}`;
    await orgs.create({ name, kind: "Síť měst", scope: "Evropská" });
    const orgUrl = page.url().replace(/[?#].*$/, "");
    await expect(page.getByTestId("notice")).toContainText("Pravidlo pro vystoupení ze stanov není zapsáno.");

    await page.getByRole("link", { name: "Zapsat pravidlo pro vystoupení" }).click();
    await expectAccessible(page);
    // A financial-year rule without its end is refused at the field.
    await page.getByLabel("Druh výpovědní lhůty").selectOption({ label: "N měsíců před koncem finančního roku organizace" });
    await page.getByLabel("Počet měsíců").fill("6");
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    await expect(page.locator("#field-financialYearEndDay-error").getByText("Zadejte den, kterým končí finanční rok organizace.")).toBeVisible();
    await page.getByLabel("Druh výpovědní lhůty").selectOption({ label: "N měsíců před koncem kalendářního roku" });
    await page.getByLabel("Počet měsíců").fill("6");
    await page.getByLabel("Článek stanov").fill("čl. 9 odst. 1");
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    await page.waitForURL(/notice=saved/);

    // Expected by hand: notice by 30 June (this year's if not yet past), the council 30 days
    // earlier, moved back from a weekend to Friday.
    const noticeYear = TODAY <= `${YEAR}-06-30` ? YEAR : YEAR + 1;
    const council = new Date(Date.UTC(noticeYear, 4, 31));
    while (council.getUTCDay() === 0 || council.getUTCDay() === 6) council.setUTCDate(council.getUTCDate() - 1);
    const councilIso = council.toISOString().slice(0, 10);

    const manager = await browser.newContext();
    try {
      const page2 = await manager.newPage();
      await new SignInPage(page2).signInAs("manager");
      await page2.goto(orgUrl);
      await expectAccessible(page2);
      const notice = page2.getByTestId("notice");
      await expect(notice).toContainText("výpověď nejméně 6 měs. před koncem kalendářního roku");
      await expect(notice).toContainText("stanovy: čl. 9 odst. 1");
      await expect(notice).toContainText(czech(`${noticeYear}-06-30`));
      await expect(notice).toContainText(/usnesení Rady HMP nejpozději/);
      await expect(notice).toContainText(czech(councilIso));
      await expect(notice).toContainText(czech(`${noticeYear}-12-31`));
    } finally {
      await manager.close();
    }
  });
});
