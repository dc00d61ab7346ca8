import { expect, expectAccessible, test } from "./fixtures";
import { ExportsPage } from "./pages/exports-page";
import { OrganisationsPage } from "./pages/organisations-page";
import { SignInPage } from "./pages/sign-in-page";

test.describe("exports from a list", () => {
  test("an auditor filters the organisations, exports them, and the CSV holds exactly the filtered rows", async ({ page }) => {
    await new SignInPage(page).signInAs("auditor");
    const orgs = new OrganisationsPage(page);
    await orgs.gotoList();
    await page.getByLabel("Druh", { exact: true }).selectOption({ label: "Síť měst" });
    await orgs.search({ status: "Současná členství", asOf: "2003-12-31" });
    const listed = await orgs.listedNames();
    expect(listed.length).toBeGreaterThan(0);

    await page.getByRole("link", { name: "Exportovat" }).click();
    await page.waitForURL(/\/exports\?/);
    const filters = page.getByRole("region", { name: "Filtry ze seznamu" });
    await expect(filters).toContainText("Status členství: Současná členství");
    await expect(filters).toContainText("Stav ke dni: 31. 12. 2003");
    await expect(filters).toContainText("Druh: Síť měst");
    await expectAccessible(page);

    const exports = new ExportsPage(page);
    const [header, ...rows] = await exports.downloadCsv();
    // The list names a row as the Czech UI does (its Czech name where it has one, the abbreviation
    // first); the file keeps the official and the Czech name in their own columns.
    const names = rows.map((r) => r[header!.indexOf("Český název")] || r[header!.indexOf("Organizace")]!);
    expect(names).toHaveLength(listed.length);
    names.forEach((name, i) => expect(listed[i] === name || listed[i]!.endsWith(` – ${name}`), `${listed[i]} / ${name}`).toBe(true));
    // The status is the one of the list's day: EUROCITIES was an observer then.
    const euro = rows.find((r) => r[header!.indexOf("Organizace")] === "EUROCITIES");
    expect(euro?.[header!.indexOf("Stav členství")]).toBe("Pozorovatel");

    // The download carried a progress id; the route recorded the finished count under it.
    const href = await page.getByRole("link", { name: "Stáhnout CSV" }).getAttribute("href");
    const id = new URL(href!, page.url()).searchParams.get("progress");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect
      .poll(async () => (await page.request.get(`/api/exports/progress/${id}`)).json())
      .toEqual({ rowsWritten: rows.length, total: rows.length, finished: true });
  });

  test("staff see no export action on the lists", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    await new OrganisationsPage(page).gotoList("?status=current");
    await expect(page.getByRole("link", { name: "Exportovat" })).toHaveCount(0);
    await page.goto("/meetings");
    await expectAccessible(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Exportovat" })).toHaveCount(0);
    const progress = await page.request.get(`/api/exports/progress/${crypto.randomUUID()}`);
    expect(progress.status()).toBe(403);
  });
});
