import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { pragueDay } from "./pages/people-page";
import { SignInPage } from "./pages/sign-in-page";

/**
 * Each role's main job end to end, as a new user does it, with the effort counted: clicks and
 * keystrokes (every key pressed, every character typed). The counts are printed for the report;
 * the targets are asserted (staff ≤ 12 clicks, coordinator ≤ 15 for organisation + period + fee).
 */

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** The GOV.UK notification banner after a save: a status, focused, with this sentence. */
async function expectBanner(page: Page, text: string) {
  const banner = page.getByRole("status").filter({ hasText: text });
  await expect(banner).toBeVisible();
  await expect(banner).toBeFocused();
}

/** Effort of one journey: what the user pressed, clicked and typed. */
class Effort {
  clicks = 0;
  keys = 0;
  constructor(readonly page: Page) {}

  /** Keyboard: one key. */
  async press(key: string) {
    this.keys++;
    await this.page.keyboard.press(key);
  }

  /** Keyboard: each character is a keystroke. */
  async type(text: string) {
    this.keys += [...text].length;
    await this.page.keyboard.type(text);
  }

  /** Keyboard: Tab until `target` has focus, counting each Tab. */
  async tabTo(target: Locator, max = 80) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.press("Tab");
    }
    await expect(target).toBeFocused();
  }

  /** Mouse: one click. */
  async click(target: Locator) {
    this.clicks++;
    await target.click();
  }

  /** Mouse: a native select takes two clicks (open, choose). */
  async choose(select: Locator, label: string | RegExp) {
    this.clicks += 2;
    const options = await select.locator("option").allTextContents();
    const wanted = options.find((o) => (typeof label === "string" ? o === label : label.test(o)));
    expect(wanted, `option ${label} among ${options.join(" | ")}`).toBeTruthy();
    await select.selectOption({ label: wanted! });
  }

  /** Mouse into a field, then type. */
  async clickAndType(field: Locator, text: string) {
    await this.click(field);
    await this.type(text);
  }

  toString() {
    return `${this.clicks} clicks, ${this.keys} keystrokes`;
  }
}

/**
 * The order in which Chromium's date field takes day and month follows the browser's own
 * language, not the page's: learnt once on a throwaway field (set-up, not part of the journey).
 */
async function dateTyping(page: Page): Promise<(iso: string) => string> {
  await page.evaluate(() => {
    const probe = document.createElement("input");
    probe.type = "date";
    probe.id = "date-order-probe";
    probe.setAttribute("aria-label", "probe");
    document.body.append(probe);
    probe.focus();
  });
  await page.keyboard.type("01022030");
  const value = await page.evaluate(() => {
    const probe = document.getElementById("date-order-probe") as HTMLInputElement;
    const v = probe.value;
    probe.remove();
    return v;
  });
  const dmy = value === "2030-02-01";
  return (iso) => (dmy ? `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}` : `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`);
}

const meetingForm = (page: Page) => page.locator("form").filter({ has: page.getByRole("button", { name: "Uložit jednání" }) });
const attendeeRow = (page: Page, n: number) => page.getByRole("group", { name: `Účastník ${n}`, exact: true });

/** The staff form offers only what DOP represents (POLIS, and EUROCITIES through its Mobility Forum). */
async function expectScopedOrganisations(select: Locator) {
  const offered = (await select.locator("option").allTextContents()).filter((o) => !o.startsWith("—"));
  expect(offered).toHaveLength(2);
  expect(offered.some((o) => /POLIS/.test(o))).toBe(true);
  expect(offered.some((o) => /EUROCITIES/.test(o))).toBe(true);
}

test.describe("each role's main job, counted", () => {
  test("staff log yesterday's POLIS meeting in Brussels with two colleagues by keyboard only, then write, read and change the trip report", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    await page.goto("/meetings/new");
    await expect(page.getByRole("heading", { level: 1, name: "Zapsat jednání" })).toBeVisible();
    await expectAccessible(page);
    const typed = await dateTyping(page);
    const form = meetingForm(page);
    const yesterday = pragueDay(-1);
    const title = `Zasedání POLIS ${tag()}`;

    // The signed-in user is already there, as "Já", linked to her own person record.
    const me = attendeeRow(page, 1);
    await expect(me.getByRole("combobox", { name: "Osoba" })).toHaveValue("Já (Dana Dopravní)");

    const effort = new Effort(page);
    await effort.tabTo(form.getByLabel("Začátek", { exact: true }));
    await effort.type(typed(yesterday));
    // The end follows the start; a past meeting's attendees attended.
    await expect(form.getByLabel("Konec", { exact: true })).toHaveValue(yesterday);
    await expect(me.getByLabel("Stav účasti")).toHaveValue("attended");

    const organisation = form.getByLabel("Organizace", { exact: true });
    await expectScopedOrganisations(organisation);
    await effort.tabTo(organisation);
    await effort.type("POL");
    await expect(organisation.locator("option:checked")).toHaveText(/POLIS/);
    await effort.tabTo(form.getByLabel("Druh jednání", { exact: true }));
    await effort.type("Z");
    await expect(form.getByLabel("Druh jednání", { exact: true }).locator("option:checked")).toHaveText("Zasedání fóra");
    await effort.tabTo(form.getByLabel("Název", { exact: true }));
    await effort.type(title);
    await effort.tabTo(form.getByLabel("Město", { exact: true }));
    await effort.type("Brusel");
    await effort.press("Tab");
    await expect(form.getByLabel("Země", { exact: true })).toBeFocused();
    await effort.type("BE");

    for (const [n, search, name] of [[2, "Březi", /Pavel Březina/], [3, "Malá", /Kateřina Malá/]] as const) {
      await effort.tabTo(form.getByRole("button", { name: "Přidat účastníka" }));
      await effort.press("Enter");
      const person = attendeeRow(page, n).getByRole("combobox", { name: "Osoba" });
      await expect(person).toBeFocused();
      await effort.type(search);
      await expect(attendeeRow(page, n).getByRole("option", { name })).toBeVisible();
      await effort.press("Enter");
      await expect(person).toHaveValue(name);
      await expect(attendeeRow(page, n).getByLabel("Stav účasti")).toHaveValue("attended");
    }
    await effort.tabTo(form.getByRole("button", { name: "Uložit a zapsat zprávu z cesty" }));
    await effort.press("Enter");
    const titleKeys = [...title].length;

    // Saved: straight on to the user's own trip report, with the confirmation.
    await expect(page.getByRole("heading", { level: 1, name: "Zpráva z cesty: Dana Dopravní" })).toBeVisible();
    await expectBanner(page, "Jednání bylo uloženo.");
    await expectAccessible(page);
    console.log(`[journeys] staff, keyboard only: meeting with three attendees saved in ${effort} (${titleKeys} of them the title)`);
    expect(effort.clicks).toBe(0);

    const report = new Effort(page);
    await report.tabTo(page.getByLabel("Zpráva z cesty: Dana Dopravní"));
    await report.type("Dohodnuto sdílení dat o cyklodopravě.");
    await report.tabTo(page.getByRole("button", { name: "Odevzdat zprávu: Dana Dopravní" }));
    await report.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectBanner(page, "Zpráva byla uložena.");
    await expectAccessible(page);
    const attendance = page.getByRole("table", { name: "Účast" });
    for (const name of ["Dana Dopravní", "Pavel Březina", "Kateřina Malá"]) {
      await expect(attendance.getByRole("row").filter({ hasText: name })).toContainText("Zúčastnil se");
    }
    // Read back: the filed report is on the meeting's page.
    await expect(page.getByRole("definition").filter({ hasText: "Dohodnuto sdílení dat o cyklodopravě." })).toBeVisible();

    // Changed by keyboard; the first wording stays readable in the history.
    await report.tabTo(page.getByRole("link", { name: "Změnit Zpráva: Dana Dopravní" }));
    await report.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Úprava zprávy z cesty: Dana Dopravní" })).toBeVisible();
    await expectAccessible(page);
    await report.tabTo(page.getByLabel("Zpráva z cesty: Dana Dopravní"));
    await report.press("ControlOrMeta+a");
    await report.type("Dohodnuto sdílení dat o cyklodopravě a společný projekt.");
    await report.tabTo(page.getByRole("button", { name: "Uložit změnu zprávy" }));
    await report.press("Enter");
    await expectBanner(page, "Zpráva byla uložena.");
    await expectAccessible(page);
    await expect(page.getByRole("definition").filter({ hasText: "Dohodnuto sdílení dat o cyklodopravě a společný projekt." })).toBeVisible();
    const history = page.getByText("Předchozí znění (1)");
    await report.tabTo(history);
    await report.press("Enter");
    await expect(page.getByText("Dohodnuto sdílení dat o cyklodopravě.", { exact: true })).toBeVisible();
    console.log(`[journeys] staff, keyboard only: trip report written, read back and changed in ${report}`);
    expect(report.clicks).toBe(0);
  });

  test("staff log the same meeting with the mouse: at most 12 clicks", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    await page.goto("/meetings/new");
    await expectAccessible(page);
    const form = meetingForm(page);
    const yesterday = pragueDay(-1);
    const title = `Zasedání POLIS ${tag()}`;

    const effort = new Effort(page);
    // Dates: the field is clicked, the date typed (a calendar picker would take more clicks).
    await effort.click(form.getByLabel("Začátek", { exact: true }));
    effort.keys += 8;
    await form.getByLabel("Začátek", { exact: true }).fill(yesterday);
    await expect(form.getByLabel("Konec", { exact: true })).toHaveValue(yesterday);
    await expectScopedOrganisations(form.getByLabel("Organizace", { exact: true }));
    await effort.choose(form.getByLabel("Organizace", { exact: true }), /POLIS/);
    await effort.choose(form.getByLabel("Druh jednání", { exact: true }), "Zasedání fóra");
    await effort.clickAndType(form.getByLabel("Název", { exact: true }), title);
    // From the title on to the place by Tab, as people do between text fields.
    await effort.press("Tab");
    await effort.press("Tab");
    await expect(form.getByLabel("Město", { exact: true })).toBeFocused();
    await effort.type("Brusel");
    await effort.press("Tab");
    await effort.type("BE");
    for (const [n, search, name] of [[2, "Březi", /Pavel Březina/], [3, "Malá", /Kateřina Malá/]] as const) {
      await effort.click(form.getByRole("button", { name: "Přidat účastníka" }));
      await expect(attendeeRow(page, n).getByRole("combobox", { name: "Osoba" })).toBeFocused();
      await effort.type(search);
      await effort.click(attendeeRow(page, n).getByRole("option", { name }));
    }
    await effort.click(form.getByRole("button", { name: "Uložit jednání", exact: true }));
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectBanner(page, "Jednání bylo uloženo.");
    await expectAccessible(page);
    const attendance = page.getByRole("table", { name: "Účast" });
    await expect(attendance.getByRole("row").filter({ hasText: "Zúčastnil se" })).toHaveCount(3);
    console.log(`[journeys] staff, mouse: meeting with three attendees saved in ${effort} (${[...title].length} keystrokes the title)`);
    expect(effort.clicks).toBeLessThanOrEqual(12);
  });

  test("a coordinator adds an organisation, its first membership period and next year's fee: at most 15 clicks, a banner after each save", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    await page.goto("/organizations/new");
    await expectAccessible(page);
    const name = `Síť měst pro vodu ${tag()}`;
    const nextYear = Number(pragueDay(0).slice(0, 4)) + 1;

    const effort = new Effort(page);
    await effort.clickAndType(page.getByLabel("Oficiální název"), name);
    await effort.choose(page.getByLabel("Druh organizace"), "Síť měst");
    await effort.choose(page.getByLabel("Působnost"), "Evropská");
    await effort.click(page.getByRole("button", { name: "Uložit", exact: true }));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectBanner(page, "Organizace byla založena.");
    await expectAccessible(page);

    await effort.click(page.getByRole("link", { name: "Přidat první období členství" }));
    const status = page.getByLabel("Status", { exact: true });
    // No status is assumed: the coordinator says which.
    await expect(status).toHaveValue("");
    await expectAccessible(page);
    await effort.choose(status, "Řádný člen");
    await effort.click(page.getByLabel("Od", { exact: true }));
    effort.keys += 8;
    await page.getByLabel("Od", { exact: true }).fill(`${nextYear - 1}-01-01`);
    await effort.click(page.getByRole("button", { name: "Uložit", exact: true }));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectBanner(page, "Období členství bylo přidáno.");
    await expectAccessible(page);

    await effort.click(page.getByRole("region", { name: "Členské poplatky" }).getByRole("link", { name: "Přidat poplatek" }));
    // Fees are planned for next year's budget: the year is already there.
    await expect(page.getByLabel("Rok", { exact: true })).toHaveValue(String(nextYear));
    await expectAccessible(page);
    await effort.clickAndType(page.getByLabel("Částka v měně faktury"), "12 000");
    await effort.click(page.getByRole("button", { name: "Uložit", exact: true }));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectBanner(page, "Poplatek byl uložen.");
    await expectAccessible(page);
    await expect(page.getByRole("region", { name: "Členské poplatky" })).toContainText(/12\s000,00/);
    console.log(`[journeys] coordinator: organisation + first period + ${nextYear} fee in ${effort}`);
    expect(effort.clicks).toBeLessThanOrEqual(15);
  });
});
