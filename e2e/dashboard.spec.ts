import type { Request } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { DashboardPage } from "./pages/dashboard-page";
import { SignInPage } from "./pages/sign-in-page";

const YEAR = Number(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Prague" }).format(new Date()).slice(0, 4));
const SEEDED = YEAR - 1; // the seed's first assessments are last year's

/** The source text's judgement of each seeded membership (db/seed/reference-data.ts). */
const LEVELS: [string, string][] = [
  ["EUROCITIES", "Zásadní"],
  ["POLIS", "Aktivní"],
  ["IRE", "Omezená"],
  ["European Mozart Ways", "Omezená"],
  ["Liga historických měst", "Ad hoc"],
  ["UNESCO", "Nehodnoceno / prostřednictvím státu"],
];

test.describe("engagement dashboard", () => {
  test("a manager reads the portfolio, opens IRE's evidence, writes the next year's assessment and sees the trend change", async ({ page }) => {
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

    await dashboard.writeAssessment({
      level: "Ad hoc",
      activity: "1",
      continuity: "0",
      benefit: "1",
      recommendation: "Vystoupit",
      rationale: "Jediná účast za rok, poplatek po splatnosti: navrhujeme vystoupení.",
    });
    await expect(page.getByRole("region", { name: "Hodnocení", exact: true })).toContainText("Vystoupit");

    await dashboard.goto(YEAR);
    expect(await dashboard.levelOf("IRE")).toBe("Ad hoc");
    const trend = await dashboard.trendOf("IRE");
    expect(trend).toContain(`${SEEDED}: Omezená`);
    expect(trend).toContain(`${YEAR}: Ad hoc`);
    expect(trend).toContain("↓ zhoršení");
    await expect(dashboard.rowFor("IRE")).toContainText("Vystoupit");
    // Limited, then ad hoc, while a fee is due: a review candidate now.
    await expect(dashboard.candidates()).toContainText(`omezené nebo ad hoc zapojení v letech ${SEEDED} a ${YEAR}`);

    // The organisation page keeps both years as history.
    await dashboard.rowFor("IRE").getByRole("rowheader").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("IRE");
    await expectAccessible(page);
    const history = page.getByRole("table", { name: "Hodnocení zapojení podle let" });
    await expect(history.getByRole("link", { name: `Hodnocení ${YEAR}` })).toBeVisible();
    await expect(history.getByRole("link", { name: `Hodnocení ${SEEDED}` })).toBeVisible();
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
    await dashboard.rowFor("European Mozart Ways").getByRole("cell").nth(1).getByRole("link").click();
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
