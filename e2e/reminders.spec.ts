import { DEMO, expect, expectAccessible, test } from "./fixtures";
import { OutboxPage } from "./pages/outbox-page";
import { SignInPage } from "./pages/sign-in-page";

/** Journey: deadlines reach people by e-mail; in the demo the mail waits in the admins' outbox. */
test.describe("reminders", () => {
  test("an admin reads the coordinator's weekly digest in the outbox and its links open the records", async ({ page, browser }) => {
    test.slow(); // waits for the worker's first pass after the server started, then two sessions
    await new SignInPage(page).signInAs("admin");
    const outbox = new OutboxPage(page);
    await outbox.gotoDigestOf(DEMO.coordinator.email);

    const digest = outbox.digestFor(DEMO.coordinator.email).first();
    await digest.getByText(/týdenní přehled/).click(); // opens the <details>
    await expect(digest).toContainText("Dobrý den,");
    const links = digest.getByRole("link");
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const record = hrefs.find((h) => /\/(fees|representation|organizations)/.test(h));
    const unsubscribe = hrefs.find((h) => h.includes("/unsubscribe?token="));
    expect(record, "a link to a record").toBeTruthy();
    expect(unsubscribe, "an unsubscribe link").toBeTruthy();

    await page.goto(record!);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);

    // The unsubscribe link works signed out: opening it changes nothing, the button does.
    const signedOut = await browser.newContext();
    try {
      const anon = await signedOut.newPage();
      await anon.goto(unsubscribe!);
      await expect(anon).toHaveURL(/\/unsubscribe\?token=/);
      await expect(anon.getByText(DEMO.coordinator.email)).toBeVisible();
      await expectAccessible(anon);
      await anon.getByRole("button", { name: "Odhlásit upozornění" }).click();
      await expect(anon.getByRole("status")).toContainText("už nebudeme posílat");
      await expectAccessible(anon);

      await anon.goto(`${unsubscribe!.slice(0, -3)}abc`);
      await expect(anon.getByRole("alert").filter({ hasText: "neplatný" })).toBeVisible();
      await expectAccessible(anon);
    } finally {
      await signedOut.close();
    }
  });

  test("a member of staff chooses how trip-report reminders reach them", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    await page.getByRole("link", { name: /Můj profil/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Můj profil" })).toBeVisible();
    await expectAccessible(page);

    const group = page.getByRole("group", { name: "Chybějící zprávy z cest" });
    await group.getByRole("radio", { name: "V týdenním přehledu (pondělí ráno)" }).check();
    await page.getByRole("button", { name: "Uložit nastavení upozornění" }).click();
    await expect(page.getByRole("status")).toContainText("Nastavení upozornění bylo uloženo.");
    await expectAccessible(page);

    await page.reload();
    await expect(group.getByRole("radio", { name: "V týdenním přehledu (pondělí ráno)" })).toBeChecked();
    // Only the kinds staff are responsible for are offered.
    await expect(page.getByRole("group", { name: "Splatnost poplatků" })).toHaveCount(0);
    await expectAccessible(page);
  });
});
