import { expect, expectAccessible, test } from "./fixtures";
import { OrganisationsPage } from "./pages/organisations-page";
import { SignInPage } from "./pages/sign-in-page";

/** Journey: the council decisions behind membership changes (the register and what cites it). */
const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test.describe("council decisions", () => {
  test("a coordinator records a decision and cites it from a membership period; the organisation page names it and the decision lists the period", async ({ page }) => {
    test.slow();
    await new SignInPage(page).signInAs("coordinator");
    await page.getByRole("navigation", { name: "Hlavní navigace" }).getByRole("link", { name: "Usnesení" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Usnesení Rady a Zastupitelstva HMP" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Zapsat usnesení" }).click();
    await expectAccessible(page);
    // Bad input: refused at each field, in Czech, with the error summary above.
    await page.getByLabel("Odkaz do archivu usnesení").fill("archiv.praha.eu/usneseni");
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    await expect(page.locator("#field-body-error")).toHaveText("Vyberte, kdo usnesení přijal (Rada, nebo Zastupitelstvo HMP).");
    await expect(page.locator("#field-number-error")).toHaveText("Zadejte číslo usnesení, např. 1234.");
    await expect(page.locator("#field-url-error")).toHaveText("Zadejte celou webovou adresu usnesení začínající https://, nebo pole nechte prázdné.");
    await expect(page.getByRole("alert").filter({ hasText: "Vyskytl se problém" })).toBeVisible();
    await expectAccessible(page);

    const number = `${suffix()}/E2E`;
    const title = `Změna statusu členství v síti měst (test ${number})`;
    await page.getByLabel("Orgán", { exact: true }).selectOption({ label: "Rada HMP" });
    await page.getByLabel("Číslo usnesení").fill(`usnesení č. ${number}`);
    await page.getByLabel("Datum přijetí").fill("2019-12-10");
    await page.getByLabel("Název (předmět) usnesení").fill(title);
    await page.getByLabel("Odkaz do archivu usnesení").fill("https://www.praha.eu/usneseni-test");
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    const reference = `Rada HMP, usnesení č. ${number} ze dne 10. 12. 2019`;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
    await expect(page.getByRole("status").filter({ hasText: "Usnesení bylo uloženo." })).toBeVisible();
    await expect(page.getByText("Na toto usnesení se zatím nic neodvolává.")).toBeVisible();
    await expectAccessible(page);
    const decisionUrl = page.url().replace(/[?#].*$/, "");

    // An organisation whose membership starts by that decision.
    const orgs = new OrganisationsPage(page);
    const name = `Síť pro usnesení ${suffix()}`;
    await orgs.create({ name, kind: "Síť měst", scope: "Evropská" });
    await page.getByRole("link", { name: /^Přidat (první )?období/ }).click();
    await expectAccessible(page);
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Řádný člen" });
    await page.getByLabel("Od", { exact: true }).fill("2020-01-01");
    await page.getByLabel("Usnesení o vzniku z registru").selectOption({ label: `${reference} – ${title}` });
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(page);

    const timeline = page.getByRole("region", { name: "Historie členství" });
    await expect(timeline.getByRole("row").nth(1)).toContainText(`Zahájení: ${reference}`);
    await timeline.getByRole("link", { name: reference }).click();
    await page.waitForURL(decisionUrl);
    await expectAccessible(page);

    // The decision lists what it changed: the period, linked to its organisation.
    const changed = page.getByRole("region", { name: "Co usnesení změnilo" });
    const row = changed.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("1. 1. 2020 – dosud");
    await expect(row).toContainText("Řádný člen");
    await expect(row).toContainText("zahájilo");
    await expect(page.getByRole("link", { name: `Usnesení č. ${number} v archivu města` })).toHaveAttribute("href", "https://www.praha.eu/usneseni-test");

    // Back in the register, the decision counts one record citing it.
    await page.goto("/council-decisions");
    const listed = page.getByRole("row").filter({ has: page.getByRole("link", { name: number, exact: true }) });
    await expect(listed.getByRole("cell").last()).toHaveText("1");
  });

  test("staff read the register but may not write it", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    await page.goto("/council-decisions");
    await expect(page.getByRole("heading", { level: 1, name: "Usnesení Rady a Zastupitelstva HMP" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Zapsat usnesení" })).toHaveCount(0);
    await expectAccessible(page);
    const response = await page.goto("/council-decisions/new");
    expect(response?.status()).toBe(403);
    await expectAccessible(page);
  });
});
