import { expect, expectAccessible, test } from "./fixtures";
import { DashboardPage } from "./pages/dashboard-page";
import { FeesPage, minorUnits } from "./pages/fees-page";
import { SignInPage } from "./pages/sign-in-page";

const TODAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Prague" }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const czDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The seeded memberships paying in EUR; their fees of this year are not paid yet (lib/seed/demo-data.ts). */
const EUR_MEMBERS = ["EUROCITIES", "POLIS"];

test.describe("CZK estimates from ČNB rates", () => {
  test("a manager sees this year's fees estimated in CZK on the dashboard, marked as estimates", async ({ page }) => {
    await new SignInPage(page).signInAs("manager");
    const dashboard = new DashboardPage(page);
    await dashboard.goto(YEAR);
    for (const name of EUR_MEMBERS) {
      const split = dashboard.rowFor(name).getByTestId("fees-split");
      await expect(split).toContainText("odhad");
      const estimate = /odhad ([\d\s,]+?)\s*Kč/.exec((await split.textContent()) ?? "")?.[1] ?? "";
      expect(minorUnits(estimate), `${name}: ${estimate}`).toBeGreaterThan(0n);
    }
    await expect(page.getByText("Zdroj kurzů: Česká národní banka").first()).toBeVisible();
  });

  test("a coordinator uploads a rates file and sees the estimates change", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    await page.goto("/fees/rates");
    await expect(page.getByRole("heading", { level: 1, name: "Kurzy ČNB" })).toBeVisible();
    await expect(page.getByText("Česká národní banka", { exact: true })).toBeVisible();
    await expectAccessible(page);

    // A malformed file is refused with its line and reason, and nothing changes.
    const upload = (name: string, text: string) =>
      page.getByLabel("Soubor s kurzy ČNB").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
    await upload("spatny.txt", `${czDate(TODAY)} #1\nzemě|měna|množství|kód|kurz\nEMU|euro|1|EUR|24.5\n`);
    await page.getByRole("button", { name: "Nahrát kurzy" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Soubor nebyl načten" })).toBeVisible();
    await expect(page.locator("#field-file-error")).toContainText("Řádek 3: Kurz „24.5“ má desetinnou tečku");
    await expectAccessible(page);

    // A rate for today that differs from any stored one: 24 + a random number of thousandths.
    const milli = 24_000n + BigInt(1 + Math.floor(Math.random() * 998));
    const rate = `${milli / 1000n},${(milli % 1000n).toString().padStart(3, "0")}`;
    await upload("denni_kurz.txt", `${czDate(TODAY)} #1\nzemě|měna|množství|kód|kurz\nEMU|euro|1|EUR|${rate}\n`);
    await page.getByRole("button", { name: "Nahrát kurzy" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Kurzy nahrány" })).toBeVisible();
    await expect(page.getByTestId("rate-EUR")).toHaveText(rate);
    await expectAccessible(page);

    // EUROCITIES' fee of this year (15 600,00 EUR, due in a month, not paid) is now estimated at it.
    const fees = new FeesPage(page);
    await fees.gotoOverview(YEAR);
    const row = fees.feeTable().getByRole("row").filter({ hasText: "EUROCITIES" }).filter({ hasText: "15 600,00 EUR" });
    const expected = (1_560_000n * milli + 500n) / 1000n; // haléře, half up
    const czk = `${(expected / 100n).toLocaleString("cs-CZ").replace(/\u00a0/g, " ")},${(expected % 100n).toString().padStart(2, "0")}`;
    await expect(row.first()).toContainText("odhad");
    await expect(row.first()).toContainText(`kurz ČNB ${rate} Kč za 1 EUR ze dne`);
    const text = ((await row.first().textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");
    expect(text).toContain(`${czk} Kč`);
  });
});
