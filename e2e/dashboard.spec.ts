import type { Request } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { DashboardPage } from "./pages/dashboard-page";
import { SignInPage } from "./pages/sign-in-page";

const YEAR = Number(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Prague" }).format(new Date()).slice(0, 4));
const SEEDED = YEAR - 1; // the seed's first assessments are last year's

/** The source text's judgement of each seeded membership (lib/seed/reference-data.ts). */
const LEVELS: [string, string][] = [
  ["EUROCITIES", "Zásadní"],
  ["POLIS", "Aktivní"],
  ["IRE", "Omezená"],
  ["European Mozart Ways", "Omezená"],
  ["Liga historických měst", "Ad hoc"],
  ["UNESCO", "Nehodnoceno / prostřednictvím státu"],
];

test.describe("engagement dashboard", () => {
  test("a manager reads the portfolio, opens IRE's evidence, scores the year with a reform ask; a second manager approves it; the trend, the candidates and the scatter change", async ({ page, browser }) => {
    test.slow();
    await new SignInPage(page).signInAs("manager");
    await page.getByRole("navigation", { name: "Hlavní navigace" }).getByRole("link", { name: "Přehled zapojení" }).click();
    const dashboard = new DashboardPage(page);
    await expect(dashboard.portfolio()).toBeVisible();
    await expectAccessible(page);

    for (const [name, level] of LEVELS) {
      expect(await dashboard.levelOf(name)).toBe(`${level} (hodnocení ${SEEDED})`);
    }
    expect(await dashboard.trendOf("IRE")).toContain("jen jedno hodnocení");

    // IRE's attendance rate opens the year's evidence: its one conference, attended.
    await dashboard.openEvidence("IRE", YEAR);
    await expect(page.getByRole("table", { name: `Jednání v roce ${YEAR}` })).toContainText("Konference IRE o evropských regionech");
    await expect(page.getByText("Za tento rok zatím hodnocení není.")).toBeVisible();

    // The scorecard: both indices scored with their descriptors, a reform ask with its progress.
    await dashboard.score("Vztahy s dalšími metropolemi", 1);
    await dashboard.score("Kulturní, politická a ekonomická spolupráce", 2);
    await dashboard.score("Propagace města v zahraničí", 1);
    await page.getByLabel("Zdůvodnění indexu A").fill("Kontakty s metropolemi jen na výroční konferenci.");
    await dashboard.score("Transparentnost", 2);
    await dashboard.score("Hospodárnost", 2);
    await dashboard.score("Výsledky pro členy", 1);
    await dashboard.score("Partnerství", 2);
    await page.getByLabel("Zdůvodnění indexu B").fill("Rozpočet zveřejněn pozdě, výsledky obecné.");
    const ask = `Zveřejnit výroční zprávu o hospodaření ${Date.now().toString(36)}`;
    await page.getByLabel("Požadavek 1", { exact: true }).fill(ask);
    await page.getByLabel("Pokrok u požadavku 1").selectOption({ label: "částečný" });
    await dashboard.writeAssessment({
      level: "Ad hoc",
      activity: "1",
      continuity: "0",
      benefit: "1",
      recommendation: "Vystoupit",
      rationale: "Jediná účast za rok, poplatek po splatnosti: navrhujeme vystoupení.",
    });
    await expect(page.getByRole("region", { name: "Hodnocení", exact: true })).toContainText("Vystoupit");
    await expect(page.getByTestId("review-status")).toContainText("Koncept");
    await expect(page.getByText("Toto hodnocení jste napsal(a) vy; schválit ho musí jiný manažer.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Požadavky na reformu" })).toContainText(`${ask} — částečný`);
    // (1 + 2 + 1) / 3 and (2 + 2 + 1 + 2) / 4
    await expect(page.getByTestId("index-A")).toHaveText("1,33 z 4");
    await expect(page.getByTestId("index-B")).toHaveText("1,75 z 4");
    const assessmentUrl = page.url().replace(/\?.*$/, "");

    // A draft changes nothing on the dashboard yet; it is marked.
    await dashboard.goto(YEAR);
    expect(await dashboard.levelOf("IRE")).toBe(`Omezená (hodnocení ${SEEDED}) koncept čeká na schválení`);

    // The second manager approves it.
    const second = await browser.newContext();
    try {
      const page2 = await second.newPage();
      await new SignInPage(page2).signInAs("manager2");
      await page2.goto(assessmentUrl);
      await expectAccessible(page2);
      await page2.getByRole("radio", { name: "Schválit hodnocení" }).check();
      await page2.getByRole("button", { name: "Odeslat posouzení" }).click();
      await expect(page2.getByRole("status").filter({ hasText: "Hodnocení bylo schváleno." })).toBeVisible();
      await expect(page2.getByTestId("review-status")).toContainText("Schváleno");
      await expectAccessible(page2);
    } finally {
      await second.close();
    }

    await dashboard.goto(YEAR);
    expect(await dashboard.levelOf("IRE")).toBe("Ad hoc");
    const trend = await dashboard.trendOf("IRE");
    expect(trend).toContain(`${SEEDED}: Omezená`);
    expect(trend).toContain(`${YEAR}: Ad hoc`);
    expect(trend).toContain("↓ zhoršení");
    await expect(dashboard.rowFor("IRE")).toContainText("Vystoupit");
    await expect(dashboard.rowFor("IRE").locator('[data-index="A"]')).toHaveText("1,33");
    // Limited, then ad hoc, while a fee is due: a review candidate now.
    await expect(dashboard.candidates()).toContainText(`omezené nebo ad hoc zapojení v letech ${SEEDED} a ${YEAR}`);
    // IRE in the index scatter: its point is labelled (the chart loads in the browser) and in the table.
    // Charts are drawn when their place nears the viewport: none before scrolling down to them.
    const scatter = page.getByRole("figure", { name: new RegExp(`Přínos a výkonnost členství v roce ${YEAR}`) });
    await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
    await scatter.scrollIntoViewIfNeeded();
    await expect(scatter.locator("svg .recharts-label-list text", { hasText: /^IRE$/ })).toBeVisible();
    await scatter.getByText("Údaje grafu v tabulce").click();
    await expect(scatter.getByRole("row", { name: /IRE 1,33 1,75/ })).toBeVisible();
    await expect(scatter).toContainText("Vlevo dole (A i B pod 2,5)");

    // The organisation page keeps both years as history.
    await dashboard.rowFor("IRE").getByRole("rowheader").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("IRE");
    await expectAccessible(page);
    const history = page.getByRole("table", { name: "Hodnocení zapojení podle let" });
    await expect(history.getByRole("link", { name: `Hodnocení ${YEAR}` })).toBeVisible();
    await expect(history.getByRole("link", { name: `Hodnocení ${SEEDED}` })).toBeVisible();
  });

  test("the coverage box's count opens the portfolio filtered to exactly those memberships, and back to all", async ({ page }) => {
    await new SignInPage(page).signInAs("manager");
    const dashboard = new DashboardPage(page);
    await page.goto(`/dashboard?year=${YEAR}&show=unassessed`);
    // The box and the filtered portfolio come from one render, so they agree even while other
    // tests add memberships.
    const heading = page.getByTestId("coverage").getByRole("heading", { level: 2 });
    const missing = Number(/chybí u (\d+) organizac/.exec((await heading.textContent()) ?? "")?.[1] ?? "0");
    await expect(page.getByTestId("portfolio-view")).toHaveText(`Portfolio ukazuje jen členství bez hodnocení za rok ${YEAR} (${missing}). Zobrazit všechna členství`);
    await expectAccessible(page);
    const rows = dashboard.portfolio().locator("tbody tr");
    await expect(rows).toHaveCount(Math.min(missing, 25));
    for (const row of await rows.all()) {
      await expect(row.getByRole("cell").first()).toHaveText(/^(Nehodnoceno|.*\(hodnocení \d{4}\))/);
    }
    await page.getByTestId("portfolio-view").getByRole("link", { name: "Zobrazit všechna členství" }).click();
    await expect(page).toHaveURL(new RegExp(`/dashboard\\?year=${YEAR}#portfolio$`));
    await expect(page.getByTestId("portfolio-view")).toHaveCount(0);
    await expect(dashboard.portfolio()).toBeVisible();
  });

  for (const role of ["staff", "auditor"] as const) {
    test(`${role} reads the dashboard but is offered no assessment form`, async ({ page }) => {
      await new SignInPage(page).signInAs(role);
      const dashboard = new DashboardPage(page);
      await dashboard.goto();
      expect(await dashboard.levelOf("EUROCITIES")).toBe(`Zásadní (hodnocení ${SEEDED})`);
      await dashboard.openEvidence("POLIS", YEAR);
      await expect(page.getByText("Hodnocení zapisují vedoucí pracovníci a správci.")).toBeVisible();
      await expect(page.getByRole("button", { name: "Uložit" })).toHaveCount(0);
    });
  }

  test("the server refuses a direct assessment call from staff and an auditor", async ({ page, browser, baseURL }) => {
    // Three sign-ins and several server renders: near a minute on the shared 2-core machine.
    test.slow();
    // An admin's browser builds a real action request for Mozart's next-year assessment; it is
    // held back and replayed with other sessions.
    await new SignInPage(page).signInAs("admin");
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await dashboard.rowFor("European Mozart Ways").getByRole("cell").nth(0).getByRole("link").first().click();
    await page.waitForURL(/\/assessments\/\d{4}$/);
    await expectAccessible(page);
    const path = new URL(page.url()).pathname.replace(/\/\d{4}$/, `/${YEAR + 1}`);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${YEAR + 1}`);
    await expectAccessible(page);

    let captured: Request | undefined;
    await page.route(`**${path}`, async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"]) {
        captured = request;
        await route.abort();
      } else {
        await route.fallback();
      }
    });
    await page.getByLabel("Úroveň zapojení").selectOption({ label: "Aktivní" });
    await page.getByLabel("Doporučení").selectOption({ label: "Posílit" });
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    await expect.poll(() => captured, { message: "the form posts to its server action" }).toBeDefined();
    await page.unroute(`**${path}`);

    const request = captured!;
    const headers = {
      "next-action": request.headers()["next-action"]!,
      "content-type": request.headers()["content-type"]!,
      accept: "text/x-component",
      origin: baseURL!,
    };
    for (const role of ["staff", "auditor"] as const) {
      const context = await browser.newContext();
      try {
        await new SignInPage(await context.newPage()).signInAs(role);
        const response = await context.request.post(path, { headers, data: request.postDataBuffer()!, maxRedirects: 0, failOnStatusCode: false });
        const text = await response.text();
        expect(response.status() >= 400 || text.includes("K této akci nemáte oprávnění"), `${role}: ${response.status()}`).toBe(true);
      } finally {
        await context.close();
      }
    }
    await page.reload();
    await expectAccessible(page);
    await expect(page.getByText("Za tento rok zatím hodnocení není.")).toBeVisible();

    // The admin's own replay is a valid call: it writes the assessment.
    const ok = await page.request.post(path, { headers, data: request.postDataBuffer()!, maxRedirects: 0, failOnStatusCode: false });
    expect(ok.status()).toBeLessThan(400);
    await page.reload();
    await expectAccessible(page);
    await expect(page.getByRole("region", { name: "Hodnocení", exact: true })).toContainText("Posílit");
  });
});
