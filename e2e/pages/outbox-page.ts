import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

/** /admin/outbox: mail kept instead of sent (no SMTP in the demo) and the reminder log. */
export class OutboxPage {
  constructor(readonly page: Page) {}

  readonly digestFor = (email: string) =>
    this.page.getByRole("listitem").filter({ hasText: /týdenní přehled/ }).filter({ hasText: email });

  /** Opens the outbox, reloading until the worker's digest for `email` is there. */
  async gotoDigestOf(email: string) {
    await expect
      .poll(
        async () => {
          await this.page.goto("/admin/outbox");
          return this.digestFor(email).count();
        },
        { timeout: 60_000, intervals: [1_000, 2_000, 3_000] },
      )
      .toBeGreaterThan(0);
    await expect(this.page.getByRole("heading", { level: 1, name: "Odchozí pošta a upozornění" })).toBeVisible();
    await expectAccessible(this.page);
  }
}
