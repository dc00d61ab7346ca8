import { expect, expectAccessible, test } from "./fixtures";
import { OrganisationsPage } from "./pages/organisations-page";
import { PeoplePage, pragueDay } from "./pages/people-page";
import { SignInPage } from "./pages/sign-in-page";

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("people and representation", () => {
  test("a DOP person becomes POLIS primary contact with a deputy; ending the mandate moves it to history", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const people = new PeoplePage(page);
    const t = tag();
    const main = { firstName: "Jana", lastName: `Hlavní${t}` };
    const deputy = { firstName: "Petr", lastName: `Zástupný${t}` };
    const mainName = `${main.firstName} ${main.lastName}`;
    const deputyName = `${deputy.firstName} ${deputy.lastName}`;

    const mainUrl = await people.createPerson({ ...main, department: "DOP – Odbor dopravy", email: `jana.${t}@praha.eu` });
    await people.addSeatFromPersonPage({ organisation: "POLIS", role: "Hlavní kontakt", from: "2024-01-01", mandate: `Usnesení RHMP ${t}` });
    await expect(people.currentTable()).toContainText(mainName);

    await people.createPerson({ ...deputy, department: "DOP – Odbor dopravy" });
    await people.addSeatFromPersonPage({
      organisation: "POLIS",
      role: "Zástupce",
      deputyFor: `POLIS – Hlavní kontakt – ${mainName}`,
      from: "2024-02-01",
    });
    const deputyRow = people.currentTable().getByRole("row").filter({ hasText: deputyName });
    await expect(deputyRow).toContainText(`zastupuje: ${mainName}`);

    // The matrix shows both in POLIS's row.
    await people.gotoMatrix("POLIS");
    const polis = people.matrixRow("POLIS");
    await expect(polis).toContainText(mainName);
    await expect(polis).toContainText(deputyName);

    // The person's page lists the seat.
    await page.goto(mainUrl);
    await expectAccessible(page);
    await expect(page.getByRole("table", { name: "Současné a budoucí mandáty" })).toContainText("POLIS");

    // Ending the mandate (yesterday) moves it to history on the organisation page and the person's page.
    await people.endSeat(mainName, "Hlavní kontakt", pragueDay(-1));
    await expect(people.pastTable().getByRole("link", { name: mainName, exact: true })).toBeVisible();
    // Still named in the deputy's row ("zastupuje: …"), but no longer as a holder.
    await expect(people.currentTable().getByRole("link", { name: mainName, exact: true })).toHaveCount(0);
    await page.goto(mainUrl);
    await expectAccessible(page);
    await expect(page.getByRole("table", { name: "Historie mandátů" })).toContainText("POLIS");
    await people.gotoMatrix("POLIS");
    await expect(people.matrixRow("POLIS")).not.toContainText(mainName);
  });

  test("a forum that loses its last representative shows as vacant on the home page until a new one is named", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const people = new PeoplePage(page);
    const t = tag();
    const orgName = `Síť pro e2e ${t}`;
    const forum = `Fórum ${t}`;
    await orgs.create({ name: orgName, kind: "Síť měst", scope: "Evropská" });
    await orgs.addPeriod({ status: "Řádný člen", from: "2020-01-01" });
    await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Přidat orgán" }).click();
    await expectAccessible(page);
    await page.getByLabel("Název (oficiální)").fill(forum);
    await page.getByLabel("Druh", { exact: true }).selectOption({ label: "Fórum" });
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
    await expectAccessible(page);

    const first = { firstName: "Eva", lastName: `Fórová${t}` };
    const second = `Ota Nástupce${t}`;
    await people.createPerson({ firstName: "Ota", lastName: `Nástupce${t}` });
    await people.createPerson(first);
    await people.addSeatFromPersonPage({ organisation: orgName, body: `${orgName} – ${forum}`, role: "Člen fóra", from: "2020-01-01" });

    const vacancy = `${orgName} – ${forum}`;
    await people.gotoHome();
    await expect(page.getByText(vacancy)).toHaveCount(0);

    await orgs.gotoList();
    await orgs.search({ q: orgName });
    await orgs.open(orgName);
    await people.endSeat(`${first.firstName} ${first.lastName}`, "Člen fóra", pragueDay(-1));

    await people.gotoHome();
    await expect(people.vacancies()).toContainText(vacancy);

    // The link fixes it: the form opens for that forum, the coordinator names the successor.
    await page.getByRole("link", { name: `Obsadit ${vacancy}` }).click();
    await expect(people.saveButton()).toBeVisible();
    await expectAccessible(page);
    await people.fillSeat({ organisation: orgName, role: "Člen fóra", person: second, from: pragueDay(0) });
    await expect(people.currentTable()).toContainText(second);
    await expectAccessible(page);

    await people.gotoHome();
    await expect(page.getByText(vacancy)).toHaveCount(0);
  });

  test("anonymising a person removes their name, e-mail and phone everywhere; their seats stay", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const people = new PeoplePage(page);
    const t = tag();
    const person = { firstName: "Zdeňka", lastName: `Zapomenutá${t}`, email: `zdenka.${t}@praha.eu`, phone: "+420 236 111 222" };
    const personUrl = await people.createPerson(person);
    await people.addSeatFromPersonPage({ organisation: "European Mozart Ways", role: "Člen fóra", from: "2021-01-01", to: "2022-12-31" });
    const orgUrl = page.url();

    await page.goto(personUrl);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Anonymizovat osobní údaje" }).click();
    await expectAccessible(page);
    // Check your answers: what goes, what stays and the reason, before anything is saved.
    await page.getByLabel("Důvod (např. číslo žádosti)").fill(`Žádost ${t}`);
    await page.getByRole("button", { name: "Pokračovat" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Zkontrolujte anonymizaci: ${person.firstName} ${person.lastName}` })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByText(person.email)).toBeVisible();
    await expect(page.getByText(person.phone)).toBeVisible();
    await expect(page.getByText("1 zastoupení zůstane pod jménem „Anonymizovaná osoba“.")).toBeVisible();
    // "Změnit" goes back to the form with the reason kept.
    await page.getByRole("link", { name: "Změnit Důvod (např. číslo žádosti)" }).click();
    await expect(page.getByLabel("Důvod (např. číslo žádosti)")).toHaveValue(`Žádost ${t}`);
    await page.getByLabel("Důvod (např. číslo žádosti)").fill(`Žádost ${t}/2`);
    await page.getByRole("button", { name: "Pokračovat" }).click();
    await expect(page.getByText(`Žádost ${t}/2`)).toBeVisible();
    // Without the confirmation it is refused at the checkbox.
    await page.getByRole("button", { name: "Anonymizovat" }).click();
    await expect(page.locator("#field-confirm-error").getByText("Potvrďte, že chcete osobní údaje nevratně odstranit.")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Rozumím, že anonymizace je nevratná.").check();
    await page.getByRole("button", { name: "Anonymizovat" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Anonymizovaná osoba" })).toBeVisible();
    await expectAccessible(page);
    for (const gone of [person.lastName, person.email, person.phone]) await expect(page.getByText(gone)).toHaveCount(0);
    // The seat is still there, countable, under the placeholder.
    await expect(page.getByRole("table", { name: "Historie mandátů" })).toContainText("European Mozart Ways");

    await page.goto(orgUrl);
    await expectAccessible(page);
    await expect(page.getByText(person.lastName)).toHaveCount(0);
    await expect(people.pastTable()).toContainText("Anonymizovaná osoba");

    await page.goto(`/people?status=all&q=${encodeURIComponent(person.lastName)}`);
    await expectAccessible(page);
    await expect(page.getByText("Žádná osoba neodpovídá hledání.")).toBeVisible();
  });

  test("bad input is refused at the field in Czech: end before start, a deputy for nobody, a body of another organisation", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const people = new PeoplePage(page);
    const t = tag();
    await people.createPerson({ firstName: "Chybová", lastName: `Osoba${t}` });
    await page.goto("/representation/new");
    await expectAccessible(page);
    await people.fillSeat({ organisation: "POLIS", role: "Zástupce", person: `Chybová Osoba${t}`, from: "2025-05-01", to: "2025-04-30" });
    await expect(people.field("Do (včetně)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert").getByRole("link", { name: "Konec mandátu nesmí předcházet jeho začátku." })).toBeVisible();
    await expect(people.field("Zastupuje za")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert").getByRole("link", { name: /Zástupce musí někoho zastupovat/ })).toBeVisible();
    await expectAccessible(page);

    await people.fillSeat({ organisation: "POLIS", body: "EUROCITIES – Kulturní fórum", role: "Člen fóra", from: "2025-05-01", to: "" });
    await expect(people.field("Orgán")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-bodyId-error").getByText("Vybraný orgán patří jiné organizaci.", { exact: false })).toBeVisible();
    await expectAccessible(page);
  });

  test("staff read people and the matrix but cannot open the forms", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    await page.goto("/representation");
    await expectAccessible(page);
    await expect(page.getByRole("link", { name: /^Obsadit/ })).toHaveCount(0);
    const refused = await page.goto("/people/new");
    expect(refused?.status()).toBe(403);
    await expectAccessible(page);
    const refusedSeat = await page.goto("/representation/new");
    expect(refusedSeat?.status()).toBe(403);
    await expectAccessible(page);
  });

  test("a manager sees the seeded vacancy on the home page, and reads people, departments and the DOP scope", async ({ page }) => {
    await new SignInPage(page).signInAs("manager");
    const people = new PeoplePage(page);
    // The seed leaves the Knowledge Society Forum without a representative on purpose.
    await expect(people.vacancies()).toContainText("EUROCITIES – Fórum pro znalostní společnost");
    // Managers read: the link opens the organisation, it offers no form.
    await expect(page.getByRole("link", { name: /^Obsadit/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Otevřít EUROCITIES" }).first()).toBeVisible();

    await page.getByRole("link", { name: "Lidé", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lidé" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Odbory" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Odbory" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "DOP", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "DOP – Odbor dopravy" })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByRole("region", { name: /^Co odbor zastupuje ke dni/ })).toContainText("POLIS (celá organizace)");
  });
});
