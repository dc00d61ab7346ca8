import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

/** /audit: the read-only audit log with its filters (app/audit). */
export class AuditPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/audit${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Auditní záznam" })).toBeVisible();
    await expectAccessible(this.page);
  }

  async filter(filters: { actor?: string; organisation?: string; entity?: string; entityId?: string; action?: string }) {
    if (filters.organisation) await this.page.getByLabel("Organizace", { exact: true }).selectOption({ label: filters.organisation });
    if (filters.actor) await this.page.getByLabel("Osoba (e-mail)").selectOption({ label: filters.actor });
    if (filters.entity) await this.page.getByLabel("Druh záznamu").selectOption({ label: filters.entity });
    if (filters.entityId) await this.page.getByLabel("Identifikátor záznamu").fill(filters.entityId);
    if (filters.action) await this.page.getByLabel("Akce").selectOption({ label: filters.action });
    await this.page.getByRole("button", { name: "Filtrovat", exact: true }).click();
    await this.page.waitForURL(/\/audit\?/);
    await expectAccessible(this.page);
  }

  /** The entries of the log's register. */
  readonly events = () => this.page.locator("[data-event-id]");

  /** A field's [before, after] in one event's diff. */
  async change(event: ReturnType<AuditPage["events"]>, field: string): Promise<[string, string]> {
    const row = event.locator("tbody tr").filter({ has: this.page.locator("th", { hasText: field }) });
    const cells = (await row.locator("td").allInnerTexts()).map((s) => s.trim());
    return [cells[0] ?? "", cells[1] ?? ""];
  }
}
