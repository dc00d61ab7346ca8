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

/** The widths every page must fit without scrolling sideways: a phone (WCAG 1.4.10) and a laptop. */
const REFLOW_WIDTHS = [320, 1366] as const;

/**
 * Fails when the page is wider than the viewport at 320 and at 1366 CSS px, naming the widest
 * elements that stick out (a table must scroll inside its own box, not make the page scroll).
 */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const original = page.viewportSize();
  try {
    for (const width of REFLOW_WIDTHS) {
      await page.setViewportSize({ width, height: original?.height ?? 900 });
      // The layout after the resize: observers (charts measure their box) run before the next frames.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const result = await page.evaluate(() => {
        const innerWidth = window.innerWidth;
        const scrollWidth = document.documentElement.scrollWidth;
        // Only a page that is too wide pays for the search of what sticks out.
        const culprits =
          scrollWidth <= innerWidth
            ? []
            : Array.from(document.body.querySelectorAll<HTMLElement>("*"))
                .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
                .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= innerWidth + 0.5)
                .slice(0, 5)
                .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.className}`.slice(0, 160));
        return { scrollWidth, innerWidth, culprits };
      });
      expect(
        result.scrollWidth,
        `${page.url()} at ${width} px is ${result.scrollWidth} px wide; sticking out: ${result.culprits.join(" | ")}`,
      ).toBeLessThanOrEqual(result.innerWidth);
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
}

/**
 * Runs axe on the page as it is now and fails with a readable list of violations; then checks
 * that the page fits a 320 px and a 1366 px viewport.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  // After a client-side navigation (a form's redirect) the page's <title> arrives with the rest of
  // its payload, a moment after the URL changes: wait for it (every page has one), then check.
  await expect(page).toHaveTitle(/\S/);
  await expectNoHorizontalScroll(page);
  const analyze = () => new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  let results = await analyze();
  // Next streams a dynamic page's metadata: after a form's redirect the router can swap the
  // <title> a moment after the page is shown. A missing title is checked again once it is back.
  if (results.violations.some((v) => v.id === "document-title")) {
    await expect(page).toHaveTitle(/\S/);
    results = await analyze();
  }
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

/** The demo accounts seeded in embedded mode (lib/seed/demo-users.ts). */
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
