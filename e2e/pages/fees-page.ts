import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

export type FeeInput = {
  organisation?: string;
  year?: string;
  amount?: string;
  currency?: string;
  status?: string;
  dueOn?: string;
  invoiceNumber?: string;
  invoicedOn?: string;
  paidOn?: string;
  amountCzk?: string;
  budgetItem?: string;
  correctionNote?: string;
};

/**
 * Money as shown ("16 834,56 EUR", "30 864,15 Kč", "—") to integer haléře/cents, so the test
 * compares amounts exactly (every shown amount has two decimals).
 */
export function minorUnits(text: string | null): bigint {
  const digits = (text ?? "").replace(/[^\d]/g, "");
  const negative = /^[-−]/.test((text ?? "").trim());
  const value = digits ? BigInt(digits) : 0n;
  return negative ? -value : value;
}

/**
 * The CZK paid in a totals cell: the cell shows the total (paid + estimate) and, when part of it
 * is only an estimate, the split "zaplaceno … · odhad …" below it; this reads the paid part, which
 * no exchange rate changes.
 */
async function czkPaidIn(cell: Locator): Promise<bigint> {
  const split = cell.locator("[data-czk-split]");
  if ((await split.count()) > 0) {
    const text = (await split.textContent()) ?? "";
    return minorUnits(/zaplaceno ([^·]*)/.exec(text)?.[1] ?? null);
  }
  return minorUnits(await cell.textContent());
}

/** /fees (the overview), the fee forms, and the fees section of an organisation's page. */
export class FeesPage {
  constructor(readonly page: Page) {}

  readonly saveButton = () => this.page.getByRole("button", { name: "Uložit", exact: true });
  /** Our alerts, by their text: Next's route announcer is an alert too. */
  readonly alert = (text: string | RegExp) => this.page.getByRole("alert").filter({ hasText: text });
  readonly feeTable = () => this.page.getByRole("table", { name: /^Poplatky v roce/ });
  readonly totals = () => this.page.getByRole("table", { name: /^Součty podle rozpočtové položky/ });
  readonly orgSection = () => this.page.getByRole("region", { name: "Členské poplatky" });

  async gotoOverview(year: number) {
    await this.page.goto(`/fees?year=${year}`);
    await expect(this.page.getByRole("heading", { level: 1, name: `Členské poplatky ${year}` })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** The overview's total in one currency for the chosen year, in minor units. */
  async currencyTotal(currency: string): Promise<bigint> {
    const row = this.totals()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: "Celkem", exact: true }) })
      .filter({ has: this.page.getByRole("cell", { name: currency, exact: true }) });
    if ((await row.count()) === 0) return 0n;
    return minorUnits(await row.getByRole("cell").nth(1).textContent());
  }

  /** The overview's CZK paid overall for the chosen year, in haléře. */
  async czkPaidTotal(): Promise<bigint> {
    const row = this.totals().getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: "Celkem v Kč" }) });
    if ((await row.count()) === 0) return 0n;
    return czkPaidIn(row.getByRole("cell").nth(4));
  }

  /** On an organisation's page: the year's totals (amount in `currency`, CZK paid), in minor units. */
  async organisationYearTotals(year: number, currency: string): Promise<{ amount: bigint; czk: bigint }> {
    const row = this.orgSection()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: `Celkem ${year}`, exact: true }) });
    if ((await row.count()) === 0) return { amount: 0n, czk: 0n };
    const amounts = await row.getByRole("cell").nth(0).locator("span").allTextContents();
    return {
      amount: minorUnits(amounts.find((a) => a.trim().endsWith(currency)) ?? null),
      czk: await czkPaidIn(row.getByRole("cell").nth(1)),
    };
  }

  /** A fee's row, found by its invoice number, in the table the page shows. */
  rowByInvoice(scope: Locator, invoiceNumber: string): Locator {
    return scope.getByRole("row").filter({ hasText: invoiceNumber });
  }

  async fill(fee: FeeInput) {
    const p = this.page;
    if (fee.organisation) await p.getByLabel("Organizace", { exact: true }).selectOption({ label: fee.organisation });
    if (fee.year !== undefined) await p.getByLabel("Rok", { exact: true }).fill(fee.year);
    if (fee.amount !== undefined) await p.getByLabel("Částka v měně faktury").fill(fee.amount);
    if (fee.currency !== undefined) await p.getByLabel("Měna", { exact: true }).fill(fee.currency);
    if (fee.status) await p.getByLabel("Stav", { exact: true }).selectOption({ label: fee.status });
    if (fee.correctionNote !== undefined) await p.getByLabel("Poznámka k opravě").fill(fee.correctionNote);
    if (fee.dueOn !== undefined) await p.getByLabel("Datum splatnosti").fill(fee.dueOn);
    if (fee.invoiceNumber !== undefined) await p.getByLabel("Číslo faktury").fill(fee.invoiceNumber);
    if (fee.invoicedOn !== undefined) await p.getByLabel("Datum vystavení faktury").fill(fee.invoicedOn);
    if (fee.paidOn !== undefined) await p.getByLabel("Datum zaplacení").fill(fee.paidOn);
    if (fee.amountCzk !== undefined) await p.getByLabel("Zaplaceno v Kč", { exact: true }).fill(fee.amountCzk);
    if (fee.budgetItem !== undefined) await p.getByLabel("Rozpočtová položka").fill(fee.budgetItem);
  }

  /** From an organisation's page: add a fee; back on the organisation's page. */
  async addFromOrganisation(fee: FeeInput) {
    const heading = await this.page.getByRole("heading", { level: 1 }).textContent();
    await this.orgSection().getByRole("link", { name: "Přidat poplatek" }).click();
    await expect(this.saveButton()).toBeVisible();
    await expectAccessible(this.page);
    await this.fill(fee);
    await this.saveButton().click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(heading ?? "");
    await expectAccessible(this.page);
  }

  /** From an organisation's page: edit the fee with this invoice number; back on the page. */
  async editFromOrganisation(invoiceNumber: string, changes: FeeInput) {
    const heading = await this.page.getByRole("heading", { level: 1 }).textContent();
    await this.rowByInvoice(this.orgSection(), invoiceNumber).getByRole("link", { name: /Upravit/ }).click();
    await expect(this.saveButton()).toBeVisible();
    await expectAccessible(this.page);
    await this.fill(changes);
    await this.saveButton().click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(heading ?? "");
    await expectAccessible(this.page);
  }

  async openNewFee() {
    await this.page.goto("/fees/new");
    await expect(this.page.getByRole("heading", { level: 1, name: "Nový poplatek" })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** Submits the open form and expects a refusal with `message` next to the field `label`. */
  async expectRefusedAt(label: string, message: string | RegExp) {
    await this.saveButton().click();
    await expect(this.alert("Formulář obsahuje chyby")).toBeVisible();
    const field = this.page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
    expect(errorId, `${label} has an error tied to it`).toBeTruthy();
    await expect(this.page.locator(`[id="${errorId}"]`)).toHaveText(message);
    await expectAccessible(this.page);
  }
}
