import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

export type PersonInput = { firstName: string; lastName: string; email?: string; phone?: string; department?: string };
export type SeatInput = {
  organisation: string;
  body?: string;
  role: string;
  person?: string;
  deputyFor?: string;
  from: string;
  to?: string;
  mandate?: string;
};

/** Today and yesterday in Prague, as the app counts days. */
export function pragueDay(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Prague" }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

/** /people, /representation and the seat forms (app/people, app/representation). */
export class PeoplePage {
  constructor(readonly page: Page) {}

  readonly saveButton = () => this.page.getByRole("button", { name: "Uložit", exact: true });
  readonly field = (label: string) => this.page.getByLabel(label, { exact: true });

  async createPerson(p: PersonInput) {
    await this.page.goto("/people/new");
    await expectAccessible(this.page);
    await this.field("Jméno").fill(p.firstName);
    await this.field("Příjmení").fill(p.lastName);
    if (p.email) await this.field("E-mail").fill(p.email);
    if (p.phone) await this.field("Telefon").fill(p.phone);
    if (p.department) await this.field("Odbor").selectOption({ label: p.department });
    await this.saveButton().click();
    await expect(this.page.getByRole("heading", { level: 1, name: `${p.firstName} ${p.lastName}` })).toBeVisible();
    await expectAccessible(this.page);
    return this.page.url();
  }

  /** Opens the seat form from the current person's page ("Přidat mandát") and fills it. */
  async fillSeat(seat: SeatInput) {
    await this.field("Organizace").selectOption({ label: seat.organisation });
    if (seat.body) await this.field("Orgán").selectOption({ label: seat.body });
    await this.field("Role").selectOption({ label: seat.role });
    if (seat.person) await this.field("Osoba").selectOption({ label: seat.person });
    if (seat.deputyFor) await this.field("Zastupuje za").selectOption({ label: seat.deputyFor });
    await this.field("Od").fill(seat.from);
    if (seat.to !== undefined) await this.field("Do (včetně)").fill(seat.to);
    if (seat.mandate) await this.field("Zdroj mandátu (např. usnesení Rady HMP)").fill(seat.mandate);
    await this.saveButton().click();
  }

  async addSeatFromPersonPage(seat: SeatInput) {
    await this.page.getByRole("link", { name: "Přidat mandát" }).click();
    await expect(this.saveButton()).toBeVisible();
    await expectAccessible(this.page);
    await this.fillSeat(seat);
    await expect(this.page.getByRole("heading", { level: 2, name: "Kdo nás zastupuje" })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** The organisation page's tables of current and past representatives. */
  readonly currentTable = () => this.page.getByRole("table", { name: "Současní zástupci" });
  readonly pastTable = () => this.page.getByRole("table", { name: "Dřívější zástupci" });

  async gotoMatrix(q: string) {
    await this.page.goto(`/representation?q=${encodeURIComponent(q)}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Zastoupení" })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** The matrix row of an organisation (or one of its bodies, by its row header). */
  matrixRow(header: string) {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: header, exact: true }) });
  }

  /** Ends a seat through its "Ukončit" link (accessible name "Ukončit mandát: holder, role"). */
  async endSeat(holder: string, role: string, lastDay: string) {
    await this.page.getByRole("link", { name: `Ukončit mandát: ${holder}, ${role}` }).first().click();
    await expectAccessible(this.page);
    await this.field("Poslední den mandátu").fill(lastDay);
    await this.page.getByRole("button", { name: "Ukončit mandát" }).click();
    await expect(this.page.getByRole("heading", { level: 2, name: "Kdo nás zastupuje" })).toBeVisible();
    await expectAccessible(this.page);
  }

  async gotoHome() {
    await this.page.goto("/");
    await expectAccessible(this.page);
  }

  readonly vacancies = () => this.page.getByRole("list", { name: /^Neobsazené orgány/ });
}
