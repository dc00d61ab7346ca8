import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

export type PeriodInput = { status: string; from: string; to?: string; decision?: string; change?: boolean };

/** /organizations: the list, an organisation's page and its edit forms (app/organizations). */
export class OrganisationsPage {
  constructor(readonly page: Page) {}

  readonly table = () => this.page.getByRole("table").first();
  readonly rowFor = (name: string) => this.table().getByRole("row").filter({ hasText: name });
  readonly saveButton = () => this.page.getByRole("button", { name: "Uložit", exact: true });
  readonly alert = () => this.page.getByRole("alert").filter({ hasText: /./ });

  async gotoList(query = "") {
    await this.page.goto(`/organizations${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Organizace" })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** Names in the list, in the order shown. */
  async listedNames(): Promise<string[]> {
    const links = this.table().getByRole("row").getByRole("link");
    return (await links.allTextContents()).map((s) => s.trim());
  }

  async search(filters: { q?: string; asOf?: string; status?: string }) {
    if (filters.q !== undefined) await this.page.getByLabel("Hledat název nebo zkratku").fill(filters.q);
    if (filters.asOf) await this.page.getByLabel("Stav ke dni").fill(filters.asOf);
    if (filters.status) await this.page.getByLabel("Status členství").selectOption({ label: filters.status });
    await this.page.getByRole("button", { name: "Použít filtry" }).click();
    await this.page.waitForURL(/\/organizations\?/);
    await expectAccessible(this.page);
  }

  async open(name: string) {
    await this.rowFor(name).getByRole("link").first().click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(name);
    await expectAccessible(this.page);
  }

  async create(org: { name: string; kind: string; scope: string; website?: string }) {
    await this.page.goto("/organizations/new");
    await expectAccessible(this.page);
    await this.page.getByLabel("Oficiální název").fill(org.name);
    await this.page.getByLabel("Druh organizace").selectOption({ label: org.kind });
    await this.page.getByLabel("Působnost").selectOption({ label: org.scope });
    if (org.website) await this.page.getByLabel("Webová adresa").fill(org.website);
    await this.saveButton().click();
    await expect(this.page.getByRole("heading", { level: 1, name: org.name })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** From an organisation's page: add a period, or change the status (closing the open one). */
  async addPeriod(period: PeriodInput) {
    // A new organisation offers its first period as the next step; later ones are "Přidat období".
    await this.page.getByRole("link", { name: period.change ? "Změnit status" : /^Přidat (první )?období/ }).click();
    await expect(this.saveButton()).toBeVisible();
    await expectAccessible(this.page);
    await this.page.getByLabel("Status", { exact: true }).selectOption({ label: period.status });
    await this.page.getByLabel("Od", { exact: true }).fill(period.from);
    if (period.to) await this.page.getByLabel("Do (včetně)").fill(period.to);
    if (period.decision) await this.page.getByLabel(/Rozhodnutí o vzniku/).fill(period.decision);
    await this.saveButton().click();
  }

  /** The status the organisation's page shows for a day. */
  async statusOn(date: string): Promise<string> {
    const field = this.page.getByLabel("Status k jinému dni");
    await field.fill(date);
    // This form's own button: "Stav evidence ke dni" has a "Zobrazit" of its own.
    await field.locator("xpath=ancestor::form").getByRole("button", { name: "Zobrazit" }).click();
    await this.page.waitForURL(new RegExp(`asOf=${date}`));
    await expectAccessible(this.page);
    const line = this.page.getByText(/^Status ke dni/).locator("..");
    return (await line.textContent())?.replace(/^.*?:\s*/, "").trim() ?? "";
  }

  /** The membership history rows as "period · status" texts. */
  async timeline(): Promise<string[]> {
    const section = this.page.getByRole("region", { name: "Historie členství" });
    const rows = section.getByRole("row");
    const texts = await rows.allInnerTexts();
    return texts.slice(1).map((t) => t.split("\t").slice(0, 2).join(" · ").replace(/\s+/g, " ").trim());
  }
}
