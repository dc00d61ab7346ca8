import { expect, expectAccessible, test } from "./fixtures";
import { AuditPage } from "./pages/audit-page";
import { ExportsPage } from "./pages/exports-page";
import { FeesPage } from "./pages/fees-page";
import { OrganisationsPage } from "./pages/organisations-page";
import { SignInPage } from "./pages/sign-in-page";
import fs from "node:fs/promises";
import { parse } from "csv-parse/sync";

const thisYear = new Date().getFullYear();
const uniqueTag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

test.describe("an auditor can trust what they read", () => {
  test("the download follows the form on screen: change the date, download at once, get that day's record", async ({ page }) => {
    await new SignInPage(page).signInAs("auditor");
    const exports = new ExportsPage(page);
    await exports.goto();
    await exports.choose({ kind: "Organizace a stav členství k datu" });
    // No preview after this change: the download must still be as of 31. 12. 2003.
    await page.getByLabel("Stav k datu").fill("2003-12-31");
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Stáhnout CSV" }).click()]);
    expect(file.suggestedFilename()).toBe("organisations-k-2003-12-31.csv");
    const rows = parse((await fs.readFile((await file.path())!)).toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
    const [header, ...data] = rows;
    const status = header!.indexOf("Stav členství");
    expect(data.find((r) => r[0] === "EUROCITIES")?.[status]).toBe("Pozorovatel");
    // Joined in 2006: not in the record as of 2003.
    expect(data.map((r) => r[0])).not.toContain("Institut der Regionen Europas");
    expect(data.map((r) => r[0])).not.toContain("European Mozart Ways");
    // No organisation joined later: every one listed was a member by then.
    const since = header!.indexOf("Členem od");
    const iso = (cz: string) => cz.split(". ").reverse().map((n) => n.padStart(2, "0")).join("-");
    expect(data.length).toBeGreaterThan(0);
    for (const row of data) expect(iso(row[since]!) <= "2003-12-31").toBe(true);

    // The whole record as of 2003 says the day and the rule on its cover.
    await page.getByLabel("Druh záznamů").selectOption({ label: "Celý stav registru k datu (XLSX)" });
    await expect(page.getByRole("button", { name: "Stáhnout XLSX" })).toBeDisabled();
    await expect(page.getByText("Změnili jste druh záznamů")).toBeVisible();
  });

  test("who marked this year's EUROCITIES fee paid: found with the filters in four clicks, read in words", async ({ page, browser }) => {
    test.slow();
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const fees = new FeesPage(page);
    const invoice = `EC-${thisYear}-${uniqueTag()}`;
    // A CZK figure no other test uses, to pick out this event among the day's payments.
    const czk = `${10000 + Math.floor(Math.random() * 89999)},45`;
    await orgs.gotoList();
    await orgs.open("EUROCITIES");
    await fees.addFromOrganisation({ year: String(thisYear), amount: "15 600,37", currency: "EUR", invoiceNumber: invoice, dueOn: `${thisYear}-12-31` });
    await fees.editFromOrganisation(invoice, { status: "Fakturováno", invoicedOn: `${thisYear}-01-15` });
    await fees.editFromOrganisation(invoice, { status: "Zaplaceno", paidOn: `${thisYear}-02-20`, amountCzk: czk });

    const auditor = await browser.newContext();
    const ap = await auditor.newPage();
    await new SignInPage(ap).signInAs("auditor");
    const log = new AuditPage(ap);
    // 1: the log from the navigation.
    await ap.getByRole("link", { name: "Auditní záznam" }).click();
    await expect(ap.getByRole("heading", { level: 1, name: "Auditní záznam" })).toBeVisible();
    await expectAccessible(ap);
    // 2, 3, 4: organisation, action, filter.
    await log.filter({ organisation: "EUROCITIES", action: "Označen jako zaplacený" });
    const event = log.events().filter({ hasText: new RegExp(`${czk.slice(0, 2)}\\s${czk.slice(2, 5)},45`) });
    await expect(event).toHaveCount(1);
    await expect(event.getByRole("link", { name: `Poplatek EUROCITIES ${thisYear} (EUR)` })).toBeVisible();
    await expect(event).toContainText("Označen jako zaplacený");
    await expect(event).toContainText("koordinator@praha.example");
    expect(await log.change(event, "Stav")).toEqual(["Fakturováno", "Zaplaceno"]);
    expect((await log.change(event, "Zaplaceno v Kč"))[1]).toMatch(/^\d{2}\s\d{3},45\sKč$/);

    // Never wider than a phone.
    await ap.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => ap.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await ap.setViewportSize({ width: 1280, height: 800 });

    // The record as the registry held it yesterday: not yet this fee; today: the fee, paid.
    await event.getByRole("link", { name: `Poplatek EUROCITIES ${thisYear} (EUR)` }).click();
    await expect(ap.getByRole("heading", { level: 1, name: "EUROCITIES" })).toBeVisible();
    await expectAccessible(ap);
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    await ap.getByLabel("Stav evidence ke dni", { exact: true }).and(ap.locator("input")).fill(yesterday);
    await ap.getByRole("button", { name: "Zobrazit" }).last().click();
    await ap.waitForURL(/recordedOn=/);
    await expectAccessible(ap);
    const recordedFees = ap.getByRole("table", { name: "Poplatky v evidenci k tomu dni" });
    await expect(recordedFees).toBeVisible();
    await expect(recordedFees).not.toContainText("15 600,37");

    // The whole organisation's events, its fees' creation with the amount in Czech format.
    await log.goto();
    await log.filter({ organisation: "EUROCITIES", action: "Vytvoření", entity: "Poplatek" });
    const created = log.events().filter({ hasText: invoice });
    expect((await log.change(created, "Částka"))[0]).toMatch(/^15\s600,37\sEUR$/);
    await auditor.close();
  });

  test("a record as recorded on the day before a correction: the period's decision as it stood, then as corrected", async ({ page, browser }) => {
    test.slow();
    const decision = `Usnesení RHMP č. ${uniqueTag()}`;
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    await orgs.gotoList();
    await orgs.open("European Mozart Ways");
    await page.getByRole("link", { name: /Upravit období 1\. 1\. 2006/ }).click();
    await expectAccessible(page);
    await page.getByLabel("Rozhodnutí o vzniku (např. číslo usnesení)").fill(decision);
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "European Mozart Ways" })).toBeVisible();
    await expect(page.getByRole("cell", { name: decision })).toBeVisible();

    const auditor = await browser.newContext();
    const ap = await auditor.newPage();
    await new SignInPage(ap).signInAs("auditor");
    const exports = new ExportsPage(ap);
    await exports.goto();
    await exports.choose({ kind: "Období členství" });
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Prague" }).format(new Date());
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 24 * 3600 * 1000).toISOString().slice(0, 10);
    const mozart = async (recordedOn: string) => {
      // Straight to the download, no preview: the file follows the form as filled in now.
      await ap.getByLabel("Stav evidence ke dni (nepovinné)").fill(recordedOn);
      const [file] = await Promise.all([ap.waitForEvent("download"), ap.getByRole("link", { name: "Stáhnout CSV" }).click()]);
      expect(file.suggestedFilename()).toBe(`periods-k-${today}-evidence-ke-dni-${recordedOn}.csv`);
      const [header, ...rows] = parse((await fs.readFile((await file.path())!)).toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
      const row = rows.find((r) => r[0] === "European Mozart Ways");
      expect(row).toBeDefined();
      return row![header!.indexOf("Rozhodnutí o vzniku")];
    };
    // The day before the correction the registry held the decision as seeded...
    expect(await mozart(yesterday)).not.toBe(decision);
    // ... and today it holds the corrected one.
    expect(await mozart(today)).toBe(decision);

    // The cover of the whole record says which day it was recorded on and what predates the trail.
    await exports.choose({ kind: "Celý stav registru k datu (XLSX)", date: "2003-12-31" });
    await ap.getByLabel("Stav evidence ke dni (nepovinné)").fill(yesterday);
    await ap.getByRole("button", { name: "Zobrazit náhled" }).click();
    await ap.waitForURL(/recordedOn=/);
    await expectAccessible(ap);
    const wb = await exports.downloadXlsx();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Úvod", "Organizace", "Období členství", "Poplatky"]);
    const cover = new Map<string, string>();
    wb.getWorksheet("Úvod")!.eachRow((row) => cover.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(cover.get("K datu")).toBe("31. 12. 2003");
    expect(cover.get("Stav evidence ke dni")).toContain(" – záznamy tak, jak je registr uváděl");
    expect(cover.get("Záznamy starší než auditní záznam")).toMatch(/Organizace: \d+/);
    await auditor.close();
  });
});
