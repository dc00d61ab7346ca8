import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

export type AttendeeEntry =
  | { search: string; pick: RegExp; role?: string; mode?: string; status?: string; cost?: string }
  | { newFirstName: string; newLastName: string; role?: string; mode?: string; status?: string; cost?: string };

export type MeetingEntry = {
  organisation: string;
  body?: string;
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string;
  city?: string;
  country?: string;
  attendees: AttendeeEntry[];
  /** Keep the row the form preselects for a user linked to a person ("Já"); removed otherwise. */
  keepMe?: boolean;
};

/**
 * Dates typed into <input type="date">: the order of its segments follows the browser's own UI
 * language (not the page's), so the order is learnt once by typing an unambiguous probe.
 */
type DateOrder = "dmy" | "mdy";
const typedDate = (iso: string, order: DateOrder) =>
  order === "dmy" ? `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}` : `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`;

/** /meetings, the meeting form, a meeting's page, /meetings/mine and /calendar (app/meetings, app/calendar). */
export class MeetingsPage {
  constructor(readonly page: Page) {}

  readonly form = () => this.page.locator("form").filter({ has: this.page.getByRole("button", { name: "Uložit jednání" }) });
  readonly row = (n: number) => this.page.getByRole("group", { name: `Účastník ${n}`, exact: true });
  readonly saveButton = () => this.page.getByRole("button", { name: "Uložit jednání", exact: true });
  readonly alert = (text: RegExp) => this.page.getByRole("alert").filter({ hasText: text });
  readonly rows = () => this.page.getByRole("group", { name: /^Účastník \d+$/ });

  async gotoNew() {
    await this.page.goto("/meetings/new");
    await expect(this.page.getByRole("heading", { level: 1, name: "Zapsat jednání" })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** Focus a control and type: the only way in for the keyboard-only entry. */
  private async typeInto(control: Locator, text: string) {
    await control.focus();
    await this.page.keyboard.type(text);
  }

  private async press(control: Locator, key = "Enter") {
    await control.focus();
    await this.page.keyboard.press(key);
  }

  /**
   * Fills the whole form with the keyboard only: selects by type-ahead, dates digit by digit,
   * the person combobox by typing, ArrowDown/Enter; rows added and switched with Enter on the
   * buttons (the new row's first field takes focus by itself).
   */
  async enterWithKeyboard(m: MeetingEntry) {
    const f = this.form();
    if (!m.keepMe) {
      while ((await this.rows().count()) > 0) await this.press(this.row(1).getByRole("button", { name: /^Odebrat/ }));
    }
    const before = await this.rows().count();
    await this.typeInto(f.getByLabel("Organizace", { exact: true }), m.organisation);
    await expect(f.getByLabel("Organizace", { exact: true }).locator("option:checked")).toHaveText(new RegExp(m.organisation));
    await this.typeInto(f.getByLabel("Druh jednání", { exact: true }), m.kind);
    await this.typeInto(f.getByLabel("Název", { exact: true }), m.title);
    // Probe: 01 02 2030 reads as 1 February (day first) or 2 January (month first). Typing the
    // real date later overwrites every segment.
    await this.typeInto(f.getByLabel("Konec", { exact: true }), "01022030");
    const order: DateOrder = (await f.getByLabel("Konec", { exact: true }).inputValue()) === "2030-02-01" ? "dmy" : "mdy";
    await this.typeInto(f.getByLabel("Začátek", { exact: true }), typedDate(m.startsOn, order));
    await this.typeInto(f.getByLabel("Konec", { exact: true }), typedDate(m.endsOn, order));
    await expect(f.getByLabel("Začátek", { exact: true })).toHaveValue(m.startsOn);
    await expect(f.getByLabel("Konec", { exact: true })).toHaveValue(m.endsOn);
    if (m.city) await this.typeInto(f.getByLabel("Město", { exact: true }), m.city);
    if (m.country) await this.typeInto(f.getByLabel("Země", { exact: true }), m.country);

    for (const [i, a] of m.attendees.entries()) {
      await this.press(f.getByRole("button", { name: "Přidat účastníka" }));
      const row = this.row(before + i + 1);
      if ("search" in a) {
        // Focus is already in the new row's person field.
        await expect(row.getByRole("combobox", { name: "Osoba" })).toBeFocused();
        await this.page.keyboard.type(a.search);
        await expect(row.getByRole("option", { name: a.pick })).toBeVisible();
        await this.page.keyboard.press("Enter");
        await expect(row.getByRole("combobox", { name: "Osoba" })).toHaveValue(a.pick);
      } else {
        await this.page.keyboard.press("Tab");
        await expect(row.getByRole("button", { name: /Přidat novou osobu/ })).toBeFocused();
        await this.page.keyboard.press("Enter");
        await expect(row.getByLabel("Jméno nové osoby")).toBeFocused();
        await this.page.keyboard.type(a.newFirstName);
        await this.page.keyboard.press("Tab");
        await this.page.keyboard.type(a.newLastName);
      }
      // On from the person (or last-name) field by Tab: the switch button, then role, mode, status, cost.
      await this.page.keyboard.press("Tab");
      await expect(row.getByRole("button", { name: /Přidat novou osobu|Vybrat existující osobu/ })).toBeFocused();
      await this.page.keyboard.press("Tab");
      const role = row.getByLabel("Role", { exact: true });
      await expect(role).toBeFocused();
      if (a.role) await this.chooseByArrows(role, a.role);
      await this.page.keyboard.press("Tab");
      await this.page.keyboard.press("Tab");
      await this.page.keyboard.press("Tab");
      await expect(row.getByLabel("Cestovní náklady (Kč)")).toBeFocused();
      if (a.cost) await this.page.keyboard.type(a.cost);
    }
  }

  /** A focused <select>: ArrowDown until the wanted option is chosen (no mouse, no type-ahead). */
  private async chooseByArrows(select: Locator, label: string) {
    for (let i = 0; i < 10; i++) {
      if ((await select.locator("option:checked").textContent()) === label) return;
      await this.page.keyboard.press("ArrowDown");
    }
    await expect(select.locator("option:checked")).toHaveText(label);
  }

  async submitWithKeyboard() {
    await this.press(this.saveButton());
  }

  /** The same form the ordinary way (fill, selectOption), for journeys that are not about speed. */
  async fill(m: MeetingEntry) {
    const f = this.form();
    if (!m.keepMe) {
      while ((await this.rows().count()) > 0) await this.row(1).getByRole("button", { name: /^Odebrat/ }).click();
    }
    const before = await this.rows().count();
    // Dates first: for department staff the organisation list follows the meeting's date.
    await f.getByLabel("Začátek", { exact: true }).fill(m.startsOn);
    await f.getByLabel("Konec", { exact: true }).fill(m.endsOn);
    await f.getByLabel("Organizace", { exact: true }).selectOption({ label: m.organisation });
    if (m.body) await f.getByLabel("Orgán (např. fórum)").selectOption({ label: m.body });
    await f.getByLabel("Druh jednání", { exact: true }).selectOption({ label: m.kind });
    await f.getByLabel("Název", { exact: true }).fill(m.title);
    if (m.city) await f.getByLabel("Město", { exact: true }).fill(m.city);
    if (m.country) await f.getByLabel("Země", { exact: true }).fill(m.country);
    for (const [i, a] of m.attendees.entries()) {
      await f.getByRole("button", { name: "Přidat účastníka" }).click();
      const row = this.row(before + i + 1);
      if ("search" in a) {
        await row.getByRole("combobox", { name: "Osoba" }).fill(a.search);
        await row.getByRole("option", { name: a.pick }).click();
      } else {
        await row.getByRole("button", { name: /Přidat novou osobu/ }).click();
        await row.getByLabel("Jméno nové osoby").fill(a.newFirstName);
        await row.getByLabel("Příjmení nové osoby").fill(a.newLastName);
      }
      if (a.cost) await row.getByLabel("Cestovní náklady (Kč)").fill(a.cost);
    }
  }

  /** After a save: the meeting's page. Returns its URL. */
  async expectSaved(title: string) {
    await expect(this.page).toHaveURL(/\/meetings\/[0-9a-f-]{36}/);
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectAccessible(this.page);
    return this.page.url();
  }

  async gotoMine() {
    await this.page.goto("/meetings/mine");
    await expect(this.page.getByRole("heading", { level: 1, name: "Moje jednání" })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** The meetings list filtered by an organisation (its label in the filter). */
  async gotoListOf(organisation: string) {
    await this.page.goto("/meetings");
    await expectAccessible(this.page);
    await this.page.getByLabel("Organizace", { exact: true }).selectOption({ label: organisation });
    await this.page.getByRole("button", { name: "Použít filtr" }).click();
    await expect(this.page).toHaveURL(/organisation=/);
    await expectAccessible(this.page);
  }

  /** Creates a calendar subscription on /calendar and returns its URL (shown once). */
  async createCalendar(scope: "jednání odboru" | "všechna jednání", label: string) {
    await this.page.goto("/calendar");
    await expectAccessible(this.page);
    await this.page.getByLabel("Která jednání").selectOption({ label: scope });
    await this.page.getByLabel("Popis (nepovinný)").fill(label);
    await this.page.getByRole("button", { name: "Vytvořit odběr" }).click();
    const url = this.page.getByLabel("Adresa kalendáře");
    await expect(url).toHaveValue(/\/calendar\/feed\//);
    await expectAccessible(this.page);
    return url.inputValue();
  }

  async revokeCalendar(label: string) {
    await this.page.getByRole("button", { name: `Zrušit odběr: ${label}` }).click();
    await expect(this.page.getByRole("row").filter({ hasText: label })).toContainText("zrušen");
    await expectAccessible(this.page);
  }
}
