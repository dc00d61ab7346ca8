import fs from "node:fs/promises";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { DEMO_PEOPLE } from "../lib/seed/demo-data";
import { DEMO_USERS } from "../lib/seed/demo-users";
import { expect, expectAccessible, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

/**
 * The English UI is complete (docs/ARCHITECTURE.md, "Formats and languages"): one journey per
 * role in English, and on every page it visits no Czech outside content marked `lang="cs"`
 * (descriptions, reports and notes typed in Czech, WCAG 3.1.2). Czech is told by its diacritics;
 * the records the journeys make have ASCII names, so any Czech found is the application's.
 */
const CZECH = "[ěščřžýáíéůúťďňĚŠČŘŽÝÁÍÉŮÚŤĎŇ]";

/** People's names are proper names, not Czech text (WCAG 3.1.2 exempts them): the demo's are skipped. */
const PROPER_NAMES = [
  ...DEMO_PEOPLE.flatMap((p) => [p.firstName, p.lastName]),
  ...DEMO_USERS.flatMap((u) => u.name.split(" ")),
];

/** Visible text (screen-reader text included) with Czech letters, not inside [lang="cs"]. */
async function czechOutsideLangCs(page: Page): Promise<string[]> {
  return page.evaluate(([pattern, names]) => {
    const czech = new RegExp(pattern);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const el = node.parentElement;
      if (!el || !czech.test(names.reduce((t, n) => t.split(n).join(""), text))) continue;
      // Records other specs make meanwhile (Czech names by design) end in their unique tag:
      // Date.now() in base 36 and a few random characters. Its letters alone may spell no digit
      // ("mxbfexcpycg"), so a token also counts as a tag when it starts with a moment of today.
      const tokens = text.match(/\b[a-z0-9]{10,14}\b/g) ?? [];
      const madeToday = (t: string) => Math.abs(parseInt(t.slice(0, 8), 36) - Date.now()) < 86_400_000;
      if (tokens.some((t) => /\d/.test(t) || madeToday(t))) continue;
      if (el.closest('[lang="cs"], script, style, template, noscript')) continue;
      // An option is seen when its list opens: it counts when its select is shown.
      const shown = el.closest("select") ?? el;
      if (!shown.checkVisibility()) continue;
      found.push(text.trim().slice(0, 120));
    }
    return found;
  }, [CZECH, PROPER_NAMES] as const);
}

async function expectEnglish(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await czechOutsideLangCs(page), `Czech text on ${page.url()}`).toEqual([]);
}

async function signInInEnglish(page: Page, role: "staff" | "coordinator" | "manager" | "auditor") {
  await new SignInPage(page).signInAs(role);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  await expectEnglish(page);
}

const stamp = () => Date.now().toString(36);

test.describe("the English UI, one journey per role", () => {
  test("staff log a meeting: a refusal first, in English, then the saved meeting", async ({ page }) => {
    await signInInEnglish(page, "staff");
    await page.goto("/meetings/new");
    await expectAccessible(page);
    await expectEnglish(page);

    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Save meeting" }) });
    const title = `Board meeting ${stamp()}`;
    await form.getByLabel("Organisation", { exact: true }).selectOption({ label: "POLIS" });
    await form.getByLabel("Kind of meeting", { exact: true }).selectOption({ label: "General assembly" });
    await form.getByLabel("Title", { exact: true }).fill(title);
    // The end before the start: refused by the server's rule, not by the browser.
    await form.getByLabel("Start", { exact: true }).fill("2026-01-10");
    await form.getByLabel("End", { exact: true }).fill("2026-01-05");
    await form.getByLabel("City", { exact: true }).fill("Brussels");
    await form.getByLabel("Country", { exact: true }).fill("BE");
    const attendee = page.getByRole("group", { name: "Attendee 1", exact: true });
    // The form may open with a first attendee row already (the signed-in person's).
    if ((await attendee.count()) === 0) await form.getByRole("button", { name: "Add attendee" }).click();
    await attendee.getByRole("button", { name: /Add a new person/ }).click();
    await attendee.getByLabel("New person's first name").fill("Alex");
    await attendee.getByLabel("New person's last name").fill(`Tester${stamp()}`);
    await page.getByRole("button", { name: "Save meeting" }).click();

    await expect(page.getByText("The meeting's end must not be before its start.").first()).toBeVisible();
    await expectAccessible(page);
    await expectEnglish(page);

    await form.getByLabel("End", { exact: true }).fill("2026-01-11");
    await page.getByRole("button", { name: "Save meeting" }).click();
    await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectAccessible(page);
    await expectEnglish(page);
  });

  test("a coordinator creates an organisation", async ({ page }) => {
    await signInInEnglish(page, "coordinator");
    await page.goto("/organizations/new");
    await expectAccessible(page);
    await expectEnglish(page);
    const name = `Test Cities Network ${stamp()}`;
    await page.getByLabel("Official name").fill(name);
    await page.getByLabel("Kind of organisation").selectOption({ label: "City network" });
    await page.getByLabel("Scope").selectOption({ label: "European" });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(page);
    await expectEnglish(page);

    await page.goto("/organizations");
    await expectAccessible(page);
    await expectEnglish(page);
  });

  test("a manager opens the dashboard", async ({ page }) => {
    await signInInEnglish(page, "manager");
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
    await expectEnglish(page);
  });

  test("an auditor exports in the UI's language", async ({ page }) => {
    await signInInEnglish(page, "auditor");
    await page.goto("/exports?kind=meetings");
    await expectAccessible(page);
    await expect(page.getByLabel("File language")).toHaveValue("en");
    await page.getByRole("button", { name: "Show preview" }).click();
    await expect(page.getByRole("table").first()).toBeVisible();
    await expectAccessible(page);
    await expectEnglish(page);

    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    const rows = parse((await fs.readFile((await file.path())!)).toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
    const [header] = rows;
    expect(header).toContain("Organisation");
    expect(header!.join(";")).not.toMatch(new RegExp(CZECH));
  });
});
