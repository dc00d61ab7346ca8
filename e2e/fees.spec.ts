import { expect, expectAccessible, test } from "./fixtures";
import { FeesPage } from "./pages/fees-page";
import { OrganisationsPage } from "./pages/organisations-page";
import { SignInPage } from "./pages/sign-in-page";

const uniqueTag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
const thisYear = new Date().getFullYear();

test.describe("fees", () => {
  test("a coordinator records this year's EUROCITIES fee in EUR, invoices and pays it; overview and organisation page agree to the haléř", async ({ page }) => {
    test.slow(); // one journey over eight pages, each checked with axe
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const fees = new FeesPage(page);
    const invoice = `EC-${thisYear}-${uniqueTag()}`;

    await fees.gotoOverview(thisYear);
    const overviewBefore = { eur: await fees.currencyTotal("EUR"), czk: await fees.czkPaidTotal() };

    await orgs.gotoList();
    await orgs.open("EUROCITIES");
    const orgBefore = await fees.organisationYearTotals(thisYear, "EUR");

    await fees.addFromOrganisation({
      year: String(thisYear),
      amount: "1 234,56",
      currency: "eur",
      invoiceNumber: invoice,
      dueOn: `${thisYear}-12-31`,
      budgetItem: "5511 – Neinvestiční transfery mezinárodním organizacím",
    });
    const row = () => fees.rowByInvoice(fees.orgSection(), invoice);
    await expect(row()).toContainText("Plánováno");
    await expect(row()).toContainText("1 234,56 EUR");

    await fees.editFromOrganisation(invoice, { status: "Fakturováno", invoicedOn: `${thisYear}-11-02` });
    await expect(row()).toContainText("Fakturováno");

    await fees.editFromOrganisation(invoice, { status: "Zaplaceno", paidOn: `${thisYear}-11-20`, amountCzk: "30 864,15" });
    await expect(row()).toContainText("Zaplaceno");
    await expect(row()).toContainText("30 864,15 Kč");
    // The effective rate, computed exactly by the database: 30 864,15 / 1 234,56.
    await expect(row()).toContainText("25,0001");

    const orgAfter = await fees.organisationYearTotals(thisYear, "EUR");
    expect(orgAfter.amount - orgBefore.amount).toBe(123456n);
    expect(orgAfter.czk - orgBefore.czk).toBe(3086415n);

    await fees.gotoOverview(thisYear);
    const overviewRow = fees.rowByInvoice(fees.feeTable(), invoice);
    await expect(overviewRow).toContainText("EUROCITIES");
    await expect(overviewRow).toContainText("1 234,56 EUR");
    await expect(overviewRow).toContainText("30 864,15 Kč");
    await expect(overviewRow).toContainText("Zaplaceno");
    expect((await fees.currencyTotal("EUR")) - overviewBefore.eur).toBe(123456n);
    expect((await fees.czkPaidTotal()) - overviewBefore.czk).toBe(3086415n);
  });

  test("bad input is refused at the field, in Czech", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const fees = new FeesPage(page);
    await fees.openNewFee();
    await fees.fill({ organisation: "POLIS", year: "2019", amount: "-5", currency: "EUR" });
    await fees.expectRefusedAt("Částka v měně faktury", "Částka nesmí být záporná.");

    await fees.fill({ amount: "12,345" });
    await fees.expectRefusedAt("Částka v měně faktury", "Nejvýše 2 desetinná místa (haléře, centy).");

    await fees.fill({ amount: "12,34", currency: "XYZ" });
    await fees.expectRefusedAt("Měna", /^Neznámý kód měny/);

    await fees.fill({ currency: "EUR", status: "Zaplaceno", invoicedOn: "2019-03-01", paidOn: "2019-02-28", amountCzk: "310,50" });
    await fees.expectRefusedAt("Datum zaplacení", "Datum zaplacení nesmí předcházet datu vystavení faktury.");
  });

  test("a paid fee goes back to planned only with a correction note", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const fees = new FeesPage(page);
    await orgs.create({ name: `Síť s opravou ${uniqueTag()}`, kind: "Síť měst", scope: "Evropská" });
    const invoice = `COR-${uniqueTag()}`;
    await fees.addFromOrganisation({
      year: "2021", amount: "100", currency: "EUR", status: "Zaplaceno", invoiceNumber: invoice,
      invoicedOn: "2021-02-01", paidOn: "2021-02-15", amountCzk: "2 600",
    });
    await expect(fees.rowByInvoice(fees.orgSection(), invoice)).toContainText("Zaplaceno");

    await fees.rowByInvoice(fees.orgSection(), invoice).getByRole("link", { name: /Upravit/ }).click();
    await expect(fees.saveButton()).toBeVisible();
    await expectAccessible(page);
    await fees.fill({ status: "Plánováno" });
    await fees.expectRefusedAt("Poznámka k opravě", /^Stav se vrací zpět \(oprava\)/);
    await fees.fill({ correctionNote: "Platba zaúčtována k jiné faktuře." });
    await fees.saveButton().click();
    await expect(page.getByRole("region", { name: "Členské poplatky" })).toBeVisible();
    await expectAccessible(page);
    await expect(fees.rowByInvoice(fees.orgSection(), invoice)).toContainText("Plánováno");
  });

  test("an unpaid fee past its due date is overdue on the coordinator's home page", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const fees = new FeesPage(page);
    const name = `Síť pro poplatky ${uniqueTag()}`;
    await orgs.create({ name, kind: "Síť měst", scope: "Evropská" });
    const invoice = `OVD-${uniqueTag()}`;
    await fees.addFromOrganisation({
      year: "2020", amount: "500", currency: "EUR", status: "Fakturováno", invoicedOn: "2020-05-01", dueOn: "2020-06-30", invoiceNumber: invoice,
    });
    await expect(fees.rowByInvoice(fees.orgSection(), invoice)).toContainText("Po splatnosti");

    await page.goto("/");
    await expectAccessible(page);
    const panel = page.locator("section").filter({ has: page.getByRole("heading", { name: "Poplatky po splatnosti a splatné do 30 dnů" }) });
    const row = panel.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Po splatnosti");
    await expect(row).toContainText("30. 6. 2020");
    await expect(row).toContainText("500,00 EUR");
  });

  test("planning next year copies the year's fees once and refuses a second plan", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const fees = new FeesPage(page);
    const name = `Plánovaná síť ${uniqueTag()}`;
    await orgs.create({ name, kind: "Síť měst", scope: "Celosvětová" });
    await fees.addFromOrganisation({ year: "2190", amount: "777,77", currency: "CHF", dueOn: "2190-04-30", invoiceNumber: "" });

    await fees.gotoOverview(2190);
    await page.getByRole("button", { name: "Vytvořit plán na rok 2191" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Členské poplatky 2191" })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByRole("status").filter({ hasText: "Plán na rok 2191 vytvořen: 1 poplatek." })).toBeVisible();
    const planned = fees.feeTable().getByRole("row").filter({ hasText: name });
    await expect(planned).toContainText("777,77 CHF");
    await expect(planned).toContainText("Plánováno");
    await expect(planned).toContainText("30. 4. 2191");

    await fees.gotoOverview(2190);
    await page.getByRole("button", { name: "Vytvořit plán na rok 2191" }).click();
    await expect(fees.alert("Plán na rok 2191 už existuje (1 poplatek)")).toBeVisible();
    await expectAccessible(page);
    await fees.gotoOverview(2191);
    await expect(fees.feeTable().getByRole("row").filter({ hasText: name })).toHaveCount(1);
  });

  test("auditors read the overview but are offered no change and cannot open the forms", async ({ page }) => {
    await new SignInPage(page).signInAs("auditor");
    const fees = new FeesPage(page);
    await page.getByRole("navigation", { name: "Hlavní navigace" }).getByRole("link", { name: "Poplatky" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Členské poplatky ${thisYear}` })).toBeVisible();
    await expectAccessible(page);
    await expect(fees.feeTable()).toContainText("EUROCITIES");
    await expect(page.getByRole("link", { name: /Přidat poplatek|Upravit/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Vytvořit plán/ })).toHaveCount(0);
    const response = await page.goto("/fees/new");
    expect(response?.status()).toBe(403);
    await expectAccessible(page);
  });
});
