import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { MeetingsPage } from "./pages/meetings-page";
import { pragueDay } from "./pages/people-page";
import { SignInPage } from "./pages/sign-in-page";

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The GOV.UK notification banner after a save: a status, focused, with this sentence. */
async function expectBanner(page: Page, text: string) {
  const banner = page.getByRole("status").filter({ hasText: text });
  await expect(banner).toBeVisible();
  await expect(banner).toBeFocused();
  await expect(page).not.toHaveTitle(/^Chyba: /);
}

/** The GOV.UK error summary: focused, "Chyba: " in the title, each message a link to its field. */
async function expectErrorSummary(page: Page, messages: string[]) {
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Vyskytl se problém" }) });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Chyba: /);
  for (const message of messages) await expect(summary.getByRole("link", { name: message })).toBeVisible();
  return summary;
}

test.describe("everyday feedback and flow", () => {
  test("a coordinator is told what is wrong, where, and that a save worked; a new organisation leads on to its first period", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const name = `Síť pro nápravu ${tag()}`;

    await page.goto("/organizations/new");
    await expect(page).toHaveTitle(/^Nová organizace/);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Uložit" }).click();
    const summary = await expectErrorSummary(page, ["Zadejte oficiální název organizace.", "Vyberte druh organizace.", "Vyberte působnost."]);
    await expectAccessible(page);
    // The link moves focus into the field it is about.
    await summary.getByRole("link", { name: "Vyberte druh organizace." }).click();
    await expect(page.getByLabel("Druh organizace")).toBeFocused();
    await expect(page.getByLabel("Oficiální název")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Oficiální název").fill(name);
    await page.getByLabel("Druh organizace").selectOption({ label: "Síť měst" });
    await page.getByLabel("Působnost").selectOption({ label: "Evropská" });
    await page.getByRole("button", { name: "Uložit" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectBanner(page, "Organizace byla založena.");
    await expectAccessible(page);
    // The banner is said once: the address no longer carries it.
    await expect(page).not.toHaveURL(/saved=/);

    await page.getByRole("link", { name: "Přidat první období členství" }).click();
    await expect(page.getByLabel("Status", { exact: true })).toHaveValue("");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Uložit" }).click();
    await expectErrorSummary(page, ["Vyberte status členství.", "Zadejte datum začátku."]);
    await expectAccessible(page);
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Řádný člen" });
    await page.getByLabel("Od", { exact: true }).fill("2024-01-01");
    await page.getByRole("button", { name: "Uložit" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectBanner(page, "Období členství bylo přidáno.");
    await expectAccessible(page);
    await expect(page.getByRole("link", { name: "Přidat první období členství" })).toHaveCount(0);
  });

  test("a filed trip report is read back and changed, its first wording kept; a meeting ahead shows no flag and no form", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    const meetings = new MeetingsPage(page);
    const t = tag();
    const lastName = `Zpravodaj${t}`;

    const ahead = `POLIS budoucí ${t}`;
    await meetings.gotoNew();
    await meetings.fill({
      organisation: "POLIS",
      kind: "Pracovní skupina",
      title: ahead,
      startsOn: pragueDay(21),
      endsOn: pragueDay(22),
      city: "Brusel",
      country: "BE",
      attendees: [{ newFirstName: "Eva", newLastName: `Budoucí${t}` }],
    });
    await meetings.saveButton().click();
    await meetings.expectSaved(ahead);
    await expectBanner(page, "Jednání bylo uloženo.");
    const attendanceTable = page.getByRole("table", { name: "Účast" });
    await expect(attendanceTable).toContainText("po skončení jednání");
    await expect(attendanceTable).not.toContainText("chybí");
    await expect(page.getByRole("button", { name: /Odevzdat zprávu/ })).toHaveCount(0);
    await expect(page.getByText(/do 14 dnů od posledního dne jednání/)).toBeVisible();

    const past = `POLIS minulý ${t}`;
    await meetings.gotoNew();
    await meetings.fill({
      organisation: "POLIS",
      kind: "Pracovní skupina",
      title: past,
      startsOn: pragueDay(-3),
      endsOn: pragueDay(-2),
      city: "Brusel",
      country: "BE",
      attendees: [{ newFirstName: "Jan", newLastName: lastName }],
    });
    await meetings.saveButton().click();
    const meetingUrl = await meetings.expectSaved(past);
    await expect(page.getByRole("table", { name: "Účast" })).toContainText("odevzdat do");

    // An empty report is refused with a specific message, linked to its field.
    await page.getByRole("button", { name: `Odevzdat zprávu: Jan ${lastName}` }).click();
    await expectErrorSummary(page, ["Napište text zprávy z cesty."]);
    await expectAccessible(page);
    await page.getByLabel(`Zpráva z cesty: Jan ${lastName}`).fill("První znění: dohoda o společném projektu.");
    await page.getByRole("button", { name: `Odevzdat zprávu: Jan ${lastName}` }).click();
    await expectBanner(page, "Zpráva byla uložena.");
    await expectAccessible(page);

    const report = page.getByRole("definition").filter({ hasText: "První znění: dohoda o společném projektu." });
    await expect(report).toBeVisible();
    await page.getByRole("link", { name: `Změnit Zpráva: Jan ${lastName}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Úprava zprávy z cesty: Jan ${lastName}` })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(`Zpráva z cesty: Jan ${lastName}`).fill("Druhé znění: projekt schválen.");
    await page.getByRole("button", { name: "Uložit změnu zprávy" }).click();
    await expect(page).toHaveURL(new RegExp(new URL(meetingUrl).pathname));
    await expectBanner(page, "Zpráva byla uložena.");
    await expectAccessible(page);
    await expect(page.getByText("Druhé znění: projekt schválen.")).toBeVisible();
    await page.getByText("Předchozí znění (1)").click();
    await expect(page.getByText("První znění: dohoda o společném projektu.")).toBeVisible();
  });

  test("on a phone the menu and the filters fold away, the page never scrolls sideways, and focus lands on the new page's heading", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/organizations");
    await expectAccessible(page);

    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("navigation", { name: "Hlavní navigace" }).getByRole("link", { name: "Lidé" })).toBeHidden();
    const filter = page.getByRole("button", { name: "Filtrovat" });
    await expect(page.getByLabel("Hledat název nebo zkratku")).toBeHidden();
    await filter.click();
    await expect(filter).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByLabel("Hledat název nebo zkratku")).toBeVisible();

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("navigation", { name: "Hlavní navigace" }).getByRole("link", { name: "Lidé" }).click();
    await expect(page).toHaveURL(/\/people$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expectAccessible(page);
  });
});
