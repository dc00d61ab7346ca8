import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

/** /dashboard and an organisation's assessment page (/organizations/<id>/assessments/<year>). */
export class DashboardPage {
  constructor(readonly page: Page) {}

  readonly portfolio = () => this.page.getByRole("table", { name: /Členství v roce/ });
  /** The row whose header starts with the shown name (the official name may follow it). */
  readonly rowFor = (name: string) =>
    this.portfolio()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|$)`) }) });
  readonly candidates = () => this.page.getByRole("region", { name: "Kandidáti na přezkum" });

  async goto(year?: number) {
    await this.page.goto(year ? `/dashboard?year=${year}` : "/dashboard");
    await expect(this.page.getByRole("heading", { level: 1, name: "Přehled zapojení" })).toBeVisible();
    await expect(this.portfolio()).toBeVisible();
    await expectAccessible(this.page);
  }

  /** A cell's visible words (without the screen-reader-only suffixes of its links). */
  private async cellText(name: string, index: number) {
    const text = await this.rowFor(name)
      .getByRole("cell")
      .nth(index)
      .evaluate((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".sr-only").forEach((e) => e.remove());
        copy.querySelectorAll("li, span.block").forEach((e) => e.prepend(" "));
        return copy.textContent ?? "";
      });
    return text.replace(/\s+/g, " ").trim();
  }

  /** The level cell, e.g. "Omezená (hodnocení 2025)". */
  levelOf(name: string) {
    return this.cellText(name, 0);
  }

  /** The trend, under "Podrobnosti" on the organisation's row. */
  async trendOf(name: string) {
    const text = await this.rowFor(name).getByRole("rowheader").locator("details dl").evaluate((dl) => {
      const copy = dl.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".sr-only").forEach((e) => e.remove());
      copy.querySelectorAll("li, span.block, dd, dt").forEach((e) => e.prepend(" "));
      return copy.textContent ?? "";
    });
    return text.replace(/\s+/g, " ").trim();
  }

  /** Opens the evidence from the attendance rate under the row's "Podrobnosti". */
  async openEvidence(name: string, year: number) {
    const header = this.rowFor(name).getByRole("rowheader");
    await header.getByText("Podrobnosti").click();
    await header.locator("details dd").first().getByRole("link").click();
    await expect(this.page.getByRole("heading", { level: 2, name: `Podklady za rok ${year}` })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** Scores one criterion by its radio "N – descriptor…" inside the criterion's group. */
  async score(criterion: string, score: number) {
    await this.page.getByRole("group", { name: criterion }).getByRole("radio", { name: new RegExp(`^${score} – `) }).check();
  }

  async writeAssessment(a: { level: string; activity: string; continuity: string; benefit: string; recommendation: string; rationale: string }) {
    await this.page.getByLabel("Úroveň zapojení").selectOption({ label: a.level });
    await this.page.getByLabel("Aktivita").selectOption(a.activity);
    await this.page.getByLabel("Kontinuita").selectOption(a.continuity);
    await this.page.getByLabel("Přínos pro město").selectOption(a.benefit);
    await this.page.getByLabel("Doporučení").selectOption({ label: a.recommendation });
    await this.page.getByLabel("Zdůvodnění", { exact: true }).fill(a.rationale);
    await this.page.getByRole("button", { name: "Uložit", exact: true }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Hodnocení bylo uloženo." })).toBeVisible();
    await expectAccessible(this.page);
  }
}
