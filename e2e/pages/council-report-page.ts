import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

/** /reports/council: final versions with their hashes, the draft, finalising, downloads. */
export class CouncilReportPage {
  constructor(readonly page: Page) {}

  readonly editDraftLink = () => this.page.getByRole("link", { name: "Upravit koncept a vygenerovat zprávu" });
  readonly banner = () => this.page.getByRole("status").filter({ hasText: /\S/ });
  readonly downloadLink = (format: string, version: number) =>
    this.page.getByRole("link", { name: `Stáhnout ${format} (verze ${version})`, exact: true });

  async goto(year: number) {
    await this.page.goto(`/reports/council?year=${year}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Zpráva o členství pro Radu HMP");
    await expectAccessible(this.page);
  }

  async openDraft(year: number) {
    await this.editDraftLink().click();
    await expect(this.page).toHaveURL(new RegExp(`/reports/council/${year}/draft`));
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(`Koncept zprávy za rok ${year}`);
    await expectAccessible(this.page);
  }

  /** Writes an organisation's annual text (by the start of its heading) and saves the draft. */
  async writeAnnualText(year: number, organisation: string, text: string) {
    await this.page.getByRole("textbox", { name: new RegExp(`^Text za rok ${year} – ${organisation}`) }).fill(text);
    await this.page.getByRole("button", { name: "Uložit koncept" }).click();
    await expect(this.banner()).toHaveText("Koncept zprávy byl uložen.");
    await expectAccessible(this.page);
  }

  async preview(year: number) {
    await this.page.getByRole("link", { name: "Náhled zprávy (HTML)" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(`Náhled konceptu za rok ${year}`);
    await expectAccessible(this.page);
  }

  async finalise(year: number) {
    await this.page.goto(`/reports/council/${year}/draft`);
    await expectAccessible(this.page);
    await this.page.getByRole("link", { name: "Pokračovat k dokončení" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(`Dokončit zprávu za rok ${year}`);
    await expectAccessible(this.page);
    await this.page.getByRole("button", { name: "Dokončit zprávu" }).click();
    // Finalising renders and hashes three files in one transaction: seconds on a loaded machine.
    await expect(this.banner()).toContainText("Konečné znění č. 1 bylo uloženo a zmrazeno.", { timeout: 90_000 });
    await expectAccessible(this.page);
  }

  /** Downloads a final file; returns its bytes and its SHA-256. */
  async download(format: string, version: number) {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.downloadLink(format, version).click()]);
    const bytes = await readFile((await download.path())!);
    return { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), name: download.suggestedFilename() };
  }

  /** The SHA-256 shown beside a final file. */
  shownHash(format: string) {
    return this.page.locator(`[data-sha256="${format.toLowerCase()}"]`).first().textContent();
  }
}
