import type { APIRequestContext, Request } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { OrganisationsPage } from "./pages/organisations-page";
import { SignInPage } from "./pages/sign-in-page";

const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("organisations and membership history", () => {
  test("the seeded six appear with the statuses the source text gives", async ({ page }) => {
    await new SignInPage(page).signInAs("auditor");
    const orgs = new OrganisationsPage(page);
    await orgs.gotoList();
    for (const name of ["EUROCITIES", "POLIS", "Institut der Regionen Europas", "European Mozart Ways", "League of Historical Cities"]) {
      await expect(orgs.rowFor(name)).toContainText("Řádný člen");
    }
    await expect(orgs.rowFor("UNESCO")).toContainText("Prostřednictvím státu");
    await expect(orgs.rowFor("UNESCO")).not.toContainText("Řádný člen");

    await orgs.open("EUROCITIES");
    expect(await orgs.timeline()).toEqual(["1. 1. 1993 – 30. 4. 2004 · Pozorovatel", "1. 5. 2004 – dosud · Řádný člen"]);
    expect(await orgs.statusOn("2003-12-31")).toBe("Pozorovatel");
    // Auditors read; nothing on the page offers them a change.
    await expect(page.getByRole("link", { name: /Upravit|Přidat|Změnit|Ukončit/ })).toHaveCount(0);
  });

  test("search ignores diacritics, and the list's URL restores its filters", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    const orgs = new OrganisationsPage(page);
    await orgs.gotoList();
    await orgs.search({ q: "liga historickych", asOf: "2010-12-31", status: "Současná členství" });
    expect(await orgs.listedNames()).toEqual(["Liga historických měst"]);
    const url = page.url();
    expect(url).toContain("q=liga+historickych");

    // A bookmark opens the same list with the same filters filled in.
    await page.goto("/");
    await expectAccessible(page);
    await page.goto(url);
    await expectAccessible(page);
    await expect(page.getByLabel("Hledat název nebo zkratku")).toHaveValue("liga historickych");
    await expect(page.getByLabel("Stav ke dni")).toHaveValue("2010-12-31");
    await expect(page.getByLabel("Status členství")).toHaveValue("current");
    expect(await orgs.listedNames()).toEqual(["Liga historických měst"]);
    await expect(page.getByRole("table").first()).toContainText("stav ke dni 31. 12. 2010");
  });

  test("a coordinator records an observer period, an upgrade, and is refused an overlap", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const name = uniqueName("Síť ženských měst");
    await orgs.create({ name, kind: "Síť měst", scope: "Evropská", website: "www.example.org" });

    await orgs.addPeriod({ status: "Pozorovatel", from: "2015-03-01", decision: "Usnesení RHMP 100/2015" });
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await orgs.addPeriod({ status: "Řádný člen", from: "2019-01-01", change: true });
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(page);
    expect(await orgs.timeline()).toEqual(["1. 3. 2015 – 31. 12. 2018 · Pozorovatel", "1. 1. 2019 – dosud · Řádný člen"]);

    expect(await orgs.statusOn("2015-02-28")).toBe("Nečlen");
    expect(await orgs.statusOn("2015-03-01")).toBe("Pozorovatel");
    expect(await orgs.statusOn("2018-12-31")).toBe("Pozorovatel");
    expect(await orgs.statusOn("2019-01-01")).toBe("Řádný člen");

    // An overlapping period is refused, naming the period it collides with.
    await orgs.addPeriod({ status: "Přidružený člen", from: "2016-06-01", to: "2017-05-31" });
    await expect(page.getByLabel("Od", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-validFrom-error").getByText("Období se překrývá s obdobím „Pozorovatel“ (1. 3. 2015 – 31. 12. 2018).")).toBeVisible();
    await expectAccessible(page);

    // Search finds it without diacritics, from the list.
    await orgs.gotoList();
    await orgs.search({ q: name.replace("Síť ženských měst", "sit zenskych mest") });
    expect(await orgs.listedNames()).toEqual([name]);
  });

  test("a stale edit from a second tab is refused, not overwritten", async ({ page, context }) => {
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const name = uniqueName("Dvě karty");
    await orgs.create({ name, kind: "Nevládní organizace", scope: "Celosvětová" });
    const editUrl = `${new URL(page.url()).pathname}/edit`;

    const second = await context.newPage();
    await page.goto(editUrl);
    await expectAccessible(page);
    await second.goto(editUrl);
    await expectAccessible(second);

    await page.getByLabel("Zkratka").fill("PRVNI");
    await page.getByRole("button", { name: "Uložit" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(page);

    await second.getByLabel("Zkratka").fill("DRUHA");
    await second.getByRole("button", { name: "Uložit" }).click();
    await expect(second.getByRole("alert").filter({ hasText: "Záznam mezitím změnil někdo jiný" })).toBeVisible();
    await expectAccessible(second);

    await page.reload();
    await expectAccessible(page);
    await expect(page.getByText("PRVNI", { exact: true })).toBeVisible();
    await expect(page.getByText("DRUHA")).toHaveCount(0);
  });

  test("staff cannot change anything, not even by calling the action directly", async ({ page, browser, baseURL }) => {
    // Staff see no way to edit, and the edit pages answer 403.
    const staffContext = await browser.newContext();
    const staffPage = await staffContext.newPage();
    await new SignInPage(staffPage).signInAs("staff");
    const forbidden = await staffPage.goto("/organizations/new");
    expect(forbidden?.status()).toBe(403);
    await expect(staffPage.getByRole("heading", { name: "Přístup odepřen" })).toBeVisible();
    await expectAccessible(staffPage);

    // A coordinator's browser builds a real call of the create action, held back and replayed.
    await new SignInPage(page).signInAs("coordinator");
    const name = uniqueName("Podvržená organizace");
    let captured: Request | undefined;
    await page.route("**/organizations/new", async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"]) {
        captured = request;
        await route.abort();
      } else {
        await route.fallback();
      }
    });
    await page.goto("/organizations/new");
    await expectAccessible(page);
    await page.getByLabel("Oficiální název").fill(name);
    await page.getByLabel("Druh organizace").selectOption({ label: "Síť měst" });
    await page.getByLabel("Působnost").selectOption({ label: "Evropská" });
    await page.getByRole("button", { name: "Uložit" }).click();
    await expect.poll(() => captured).toBeDefined();
    await page.unroute("**/organizations/new");

    const request = captured!;
    const replay = (ctx: APIRequestContext) =>
      ctx.post("/organizations/new", {
        headers: {
          "next-action": request.headers()["next-action"]!,
          "content-type": request.headers()["content-type"]!,
          accept: "text/x-component",
          origin: baseURL!,
        },
        data: request.postDataBuffer()!,
        maxRedirects: 0,
        failOnStatusCode: false,
      });

    const refused = await replay(staffContext.request);
    expect(await refused.text()).toContain("K této akci nemáte oprávnění");
    await staffContext.close();

    const orgs = new OrganisationsPage(page);
    await orgs.gotoList(`?q=${encodeURIComponent(name)}`);
    expect(await orgs.listedNames()).toEqual([]);

    // The same request in the coordinator's session works: the refusal was the permission check.
    expect((await replay(page.request)).status()).toBeLessThan(400);
    await orgs.gotoList(`?q=${encodeURIComponent(name)}`);
    expect(await orgs.listedNames()).toEqual([name]);
  });
});
