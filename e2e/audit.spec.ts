import { expect, expectAccessible, test } from "./fixtures";
import { AuditPage } from "./pages/audit-page";
import { OrganisationsPage } from "./pages/organisations-page";
import { SignInPage } from "./pages/sign-in-page";

const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("audit log", () => {
  test("an auditor filters the log to a coordinator's edit and reads its before and after", async ({ page, browser }) => {
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const name = uniqueName("Síť pro audit");
    await orgs.create({ name, kind: "Nevládní organizace", scope: "Celosvětová" });
    const id = new URL(page.url()).pathname.split("/").pop()!;
    await page.goto(`/organizations/${id}/edit`);
    await expectAccessible(page);
    await page.getByLabel("Zkratka").fill("ŠÁRKA");
    await page.getByLabel("Druh organizace").selectOption({ label: "Síť měst" });
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    await expectAccessible(page);

    const auditorContext = await browser.newContext();
    const auditorPage = await auditorContext.newPage();
    await new SignInPage(auditorPage).signInAs("auditor");
    const log = new AuditPage(auditorPage);
    await log.goto();
    // The seed and security events are in the log too.
    await log.filter({ entity: "Naplnění databáze" });
    await expect(log.events().first()).toContainText("Naplnění daty");
    await log.goto();
    await log.filter({ entity: "Organizace", entityId: id, action: "Úprava" });
    await expect(log.events()).toHaveCount(1);
    const edit = log.events().first();
    await expect(edit).toContainText("koordinator@praha.example");
    expect(await log.change(edit, "Zkratka")).toEqual(["(prázdné)", "ŠÁRKA"]);
    expect(await log.change(edit, "Druh")).toEqual(["Nevládní organizace", "Síť měst"]);
    // Read-only: nothing offers a change or a deletion.
    await expect(auditorPage.getByRole("button", { name: /Smazat|Upravit|Odstranit/ })).toHaveCount(0);

    await log.goto();
    await log.filter({ entity: "Zabezpečení", action: "Přihlášení" });
    await expect(log.events().first()).toContainText("Přihlášení");
    await auditorContext.close();
  });

  test("coordinators and staff are refused the audit log", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    await expect(page.getByRole("link", { name: "Auditní záznam" })).toHaveCount(0);
    const response = await page.goto("/audit");
    expect(response?.status()).toBe(403);
    await expectAccessible(page);
  });
});
