import { expect, expectAccessible, test, uniqueEmail } from "./fixtures";
import { OrganisationsPage } from "./pages/organisations-page";
import { pragueDay } from "./pages/people-page";
import { SignInPage } from "./pages/sign-in-page";

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test.describe("everyday forms", () => {
  test("an admin creates an account without a password; its owner sets one through the link and signs in", async ({ page, browser }) => {
    await new SignInPage(page).signInAs("admin");
    await page.goto("/admin/users/new");
    await expectAccessible(page);

    // "Odbor" is marked required as soon as the staff role is chosen.
    const department = page.getByLabel("Odbor");
    await expect(page.getByTestId("department-required")).toHaveText("Povinné pro roli Pracovník odboru.");
    await expect(department).not.toHaveAttribute("required", "");
    await page.getByLabel("Role").selectOption({ label: "Pracovník odboru" });
    await expect(department).toHaveAttribute("required", "");
    await page.getByLabel("Role").selectOption({ label: "Auditor" });

    const email = uniqueEmail("odkaz");
    await page.getByLabel("Jméno a příjmení").fill("Olga Odkazová");
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Založit uživatele" }).click();

    // Shown once: the link, how long it holds, and that it was mailed.
    const panel = page.getByRole("status").filter({ has: page.getByRole("heading", { name: "Odkaz pro nastavení hesla" }) });
    await expect(panel).toContainText(`Účet ${email} je založen.`);
    await expect(panel).toContainText(`Odkaz byl také odeslán e-mailem na ${email}.`);
    const link = await page.getByTestId("set-password-link").inputValue();
    expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page);

    // The mail sits in the outbox (no SMTP in the test server).
    await page.goto("/admin/outbox");
    await expectAccessible(page);
    await expect(page.getByText("Registr členství: nastavte si heslo").first()).toBeVisible();

    // A fresh browser, signed out: the link opens the form without sign-in.
    const context = await browser.newContext();
    const owner = await context.newPage();
    try {
      await owner.goto(link);
      await expect(owner.getByRole("heading", { level: 1, name: "Nastavení hesla" })).toBeVisible();
      await expect(owner.getByText(email)).toBeVisible();
      await expectAccessible(owner);
      await owner.getByLabel("Nové heslo", { exact: true }).fill("Heslo-z-odkazu-2026");
      await owner.getByLabel("Nové heslo znovu").fill("Jine-heslo-2026!");
      await owner.getByRole("button", { name: "Nastavit heslo" }).click();
      await expect(owner.locator("#field-passwordConfirm-error")).toHaveText("Hesla se neshodují. Zadejte stejné heslo dvakrát.");
      await expectAccessible(owner);
      await owner.getByLabel("Nové heslo", { exact: true }).fill("Heslo-z-odkazu-2026");
      await owner.getByLabel("Nové heslo znovu").fill("Heslo-z-odkazu-2026");
      await owner.getByRole("button", { name: "Nastavit heslo" }).click();
      await expect(owner.getByRole("status")).toContainText("Heslo je nastaveno. Přihlaste se jím.");
      await expectAccessible(owner);

      // Single use: the same link now says so, in Czech.
      await owner.goto(link);
      await expect(owner.getByRole("heading", { level: 1, name: "Odkaz už byl použit" })).toBeVisible();
      await expectAccessible(owner);
      await owner.goto(link.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
      await expect(owner.getByRole("heading", { level: 1, name: "Odkaz neplatí" })).toBeVisible();
      await expectAccessible(owner);

      const signIn = new SignInPage(owner);
      await owner.goto(new URL("/signin", link).toString());
      await signIn.expectShown();
      await signIn.submit(email, "Heslo-z-odkazu-2026");
      await expect(owner.getByRole("heading", { level: 1, name: "Dobrý den, Olga Odkazová" })).toBeVisible();
      await expectAccessible(owner);
    } finally {
      await context.close();
    }
  });

  test("a coordinator ends a membership through check your answers", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const orgs = new OrganisationsPage(page);
    const name = `Síť k ukončení ${tag()}`;
    await orgs.create({ name, kind: "Síť měst", scope: "Evropská" });
    await orgs.addPeriod({ status: "Řádný člen", from: "2020-01-01" });
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(page);

    // The end sits on the open period's row, not beside "Přidat období".
    const timeline = page.getByRole("region", { name: "Historie členství" });
    await expect(timeline.getByRole("link", { name: "Přidat období" })).toBeVisible();
    await expect(timeline.getByRole("button", { name: "Ukončit členství" })).toHaveCount(0);
    await timeline.getByRole("row").filter({ hasText: "1. 1. 2020" }).getByRole("link", { name: "Ukončit členství" }).click();
    await expectAccessible(page);

    // A bad date is refused at the field before any summary.
    await page.getByLabel("Poslední den členství").fill("2019-12-31");
    await page.getByLabel("Rozhodnutí o ukončení mimo registr (např. číslo usnesení)").fill("Usnesení RHMP 1/2026");
    await page.getByRole("button", { name: "Pokračovat" }).click();
    await expect(page.locator("#field-endOn-error")).toContainText("Datum ukončení nesmí předcházet začátku období (1. 1. 2020).");
    await expectAccessible(page);

    const endOn = pragueDay(-1);
    await page.getByLabel("Poslední den členství").fill(endOn);
    await page.getByRole("button", { name: "Pokračovat" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Zkontrolujte ukončení členství: ${name}` })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByText("Usnesení RHMP 1/2026")).toBeVisible();

    // "Změnit" returns to the form with every answer kept; nothing was saved meanwhile.
    await page.getByRole("link", { name: "Změnit Rozhodnutí o ukončení mimo registr (např. číslo usnesení)" }).click();
    await expect(page.getByLabel("Poslední den členství")).toHaveValue(endOn);
    await expect(page.getByLabel("Rozhodnutí o ukončení mimo registr (např. číslo usnesení)")).toHaveValue("Usnesení RHMP 1/2026");
    await expectAccessible(page);
    await page.getByLabel("Rozhodnutí o ukončení mimo registr (např. číslo usnesení)").fill("Usnesení RHMP 2/2026");
    await page.getByRole("button", { name: "Pokračovat" }).click();
    await expect(page.getByText("Usnesení RHMP 2/2026")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Ukončit členství" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Členství bylo ukončeno." })).toBeVisible();
    await expectAccessible(page);
    const ended = page.getByRole("region", { name: "Historie členství" });
    await expect(ended).toContainText("Usnesení RHMP 2/2026");
    await expect(ended.getByRole("link", { name: "Ukončit členství" })).toHaveCount(0);
  });

  test("each role's home shows its own tasks, capped lists counting the rest", async ({ page }) => {
    const signIn = new SignInPage(page);
    const home = async () => {
      await page.goto("/");
      await expectAccessible(page);
    };
    const signOut = async () => {
      await page.context().clearCookies();
    };

    await signIn.signInAs("staff");
    await expect(page.getByRole("link", { name: "Zapsat jednání" })).toHaveAttribute("href", "/meetings/new");
    await expect(page.getByRole("link", { name: "Moje jednání", exact: true }).last()).toHaveAttribute("href", "/meetings/mine");
    const reports = page.getByTestId("home-trip-reports");
    await expect(reports).toContainText("Zprávu ze zahraniční cesty je třeba odevzdat do 14 dnů po skončení jednání.");
    await expect(page.getByText("Kontrola a exporty")).toHaveCount(0);
    await signOut();

    await signIn.signInAs("manager");
    await expect(page.getByRole("link", { name: "Otevřít přehled (dashboard)" })).toHaveAttribute("href", "/dashboard");
    const assessments = page.getByTestId("home-assessments");
    const heading = assessments.getByRole("heading", { level: 3 });
    const year = new Date().getFullYear();
    const text = (await heading.textContent()) ?? "";
    const missing = Number(/chybí u (\d+) organizac/.exec(text)?.[1] ?? "0");
    if (missing > 0) {
      // Each listed organisation links to its assessment for the year; the count matches.
      const links = assessments.getByRole("link", { name: new RegExp(`^Ohodnotit .* za rok ${year}$`) });
      await expect(links).toHaveCount(Math.min(missing, 10));
      await expect(links.first()).toHaveAttribute("href", new RegExp(`/organizations/[0-9a-f-]+/assessments/${year}$`));
    } else {
      await expect(heading).toHaveText(`Všechna členství mají hodnocení za rok ${year}.`);
    }
    await expect(page.getByRole("link", { name: "Zapsat jednání" })).toHaveCount(0);
    await signOut();

    await signIn.signInAs("auditor");
    await expect(page.getByRole("link", { name: "Exporty záznamů" })).toHaveAttribute("href", "/exports");
    await expect(page.getByRole("link", { name: "Auditní log" }).last()).toHaveAttribute("href", "/audit");
    await expect(page.getByTestId("home-trip-reports")).toHaveCount(0);
    await signOut();

    await signIn.signInAs("coordinator");
    await expect(page.getByRole("heading", { name: "Lhůty pro výpověď členství" })).toBeVisible();
    await expect(page.getByTestId("home-trip-reports")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Poplatky po splatnosti a splatné do 30 dnů" })).toBeVisible();
    // The organisations in the registry: ten at most, the rest counted and linked.
    const registry = page.locator("section").filter({ has: page.getByRole("heading", { name: "Organizace v registru" }) });
    const total = Number(/eviduje (\d+)/.exec((await registry.textContent()) ?? "")?.[1] ?? "0");
    const shown = await registry.getByRole("listitem").count();
    expect(shown).toBe(Math.min(total, 10));
    const more = registry.getByTestId("home-more");
    await expect(more).toHaveAttribute("href", "/organizations");
    if (total > 10) await expect(more).toContainText(new RegExp(`^a dal(ší|ších) ${total - 10}`));
    await more.click();
    await expect(page.getByRole("heading", { level: 1, name: "Organizace" })).toBeVisible();
    await expectAccessible(page);
    await home();
  });
});
