import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every spec imports `test` and `expect` from here. Accessibility (WCAG 2.1 AA, docs/ARCHITECTURE.md, "Formats and languages") is
 * checked with axe-core on every page a test visits: page objects call `expectAccessible` after
 * each navigation, and an automatic fixture fails the test if a page was shown but never checked.
 */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const checkedByPage = new WeakMap<Page, Set<string>>();

const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname;
};

/** Runs axe on the page as it is now and fails with a readable list of violations. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  // After a client-side navigation (a form's redirect) the page's <title> arrives with the rest of
  // its payload, a moment after the URL changes: wait for it (every page has one), then check.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? "?"}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(summary, `axe on ${page.url()}`).toEqual([]);
  checkedByPage.get(page)?.add(pathOf(page.url()));
}

type Fixtures = { axeEveryPage: void; cspEveryPage: void };

export const test = base.extend<Fixtures>({
  axeEveryPage: [
    async ({ page }, use, testInfo) => {
      const visited = new Set<string>();
      const checked = new Set<string>();
      checkedByPage.set(page, checked);
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame() && frame.url().startsWith("http")) visited.add(pathOf(frame.url()));
      });
      await use();
      if (testInfo.status !== testInfo.expectedStatus) return; // the real failure says more
      const unchecked = [...visited].filter((p) => !checked.has(p));
      expect(unchecked, "pages shown but never checked with axe (call expectAccessible)").toEqual([]);
    },
    { auto: true },
  ],
  /**
   * The Content-Security-Policy holds on every page a test visits: any violation the browser
   * reports (a blocked script, style, frame or connection) fails the test. Listened for both as
   * the page's own event and as the console message Chromium writes for it.
   */
  cspEveryPage: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${e.documentURI}`);
        });
      });
      page.on("console", (message) => {
        const text = message.text();
        if (/CSP violation|Content Security Policy/i.test(text)) violations.push(`${page.url()}: ${text}`);
      });
      await use();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The demo accounts seeded in embedded mode (db/seed/demo-users.ts). */
export const DEMO = {
  admin: { email: "admin@praha.example", password: "Registr-Admin-2026", role: "Správce systému" },
  coordinator: { email: "koordinator@praha.example", password: "Registr-Koord-2026", role: "Koordinátor mezinárodních vztahů" },
  staff: { email: "dop@praha.example", password: "Registr-Dop-2026", role: "Pracovník odboru" },
  manager: { email: "manazer@praha.example", password: "Registr-Manazer-2026", role: "Vedoucí pracovník" },
  manager2: { email: "manazer2@praha.example", password: "Registr-Manazer2-2026", role: "Vedoucí pracovník" },
  auditor: { email: "auditor@praha.example", password: "Registr-Auditor-2026", role: "Auditor" },
} as const;

export type DemoRole = keyof typeof DEMO;

/** An e-mail no other test (or earlier run) uses. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@test.example`;
}
