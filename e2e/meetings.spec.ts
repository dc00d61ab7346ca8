import ICAL from "ical.js";
import type { APIRequestContext, Request } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { MeetingsPage } from "./pages/meetings-page";
import { pragueDay } from "./pages/people-page";
import { SignInPage } from "./pages/sign-in-page";

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Summaries of the events in an .ics body, read by a real iCalendar parser. */
function summariesOf(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((e) => String(new ICAL.Event(e).summary));
}

test.describe("meetings and attendance", () => {
  test("DOP staff log a POLIS forum meeting in Brussels with two attendees (one new) by keyboard, see it in my meetings and in the .ics feed; a revoked feed is 404", async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signInAs("staff");
    const meetings = new MeetingsPage(page);
    const t = tag();
    const title = `Zasedání fóra POLIS ${t}`;
    const day = pragueDay(20);
    await meetings.gotoNew();

    const started = Date.now();
    await meetings.enterWithKeyboard({
      organisation: "POLIS",
      kind: "Zased",
      title,
      startsOn: day,
      endsOn: pragueDay(21),
      city: "Brusel",
      country: "BE",
      attendees: [
        { search: "Březi", pick: /Pavel Březina/, role: "Řečník", cost: "18 650,50" },
        { newFirstName: "Tereza", newLastName: `Nová${t}`, cost: "12 000" },
      ],
    });
    await meetings.submitWithKeyboard();
    await meetings.expectSaved(title);
    const seconds = (Date.now() - started) / 1000;
    // The lead quotes this figure: the whole two-attendee entry, form shown → meeting saved.
    console.log(`[meetings e2e] two-attendee meeting entered by keyboard and saved in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(60);

    const attendance = page.getByRole("table", { name: "Účast" });
    await expect(attendance).toContainText("Pavel Březina");
    await expect(attendance).toContainText(`Tereza Nová${t}`);
    await expect(attendance).toContainText("Řečník");
    await expect(attendance).toContainText("18 650,50 Kč");
    await expect(page.getByRole("row", { name: /Cestovní náklady celkem/ })).toContainText("30 650,50 Kč");

    await meetings.gotoMine();
    await expect(page.getByRole("table", { name: "Nadcházející jednání" }).getByRole("link", { name: title })).toBeVisible();

    // The department's calendar lists it; once revoked, the same URL is 404.
    const label = `Outlook ${t}`;
    const url = await meetings.createCalendar("jednání odboru", label);
    const feed = await request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    expect(summariesOf(await feed.text())).toContain(`POLIS: ${title}`);
    await meetings.revokeCalendar(label);
    expect((await request.get(url)).status()).toBe(404);
    expect((await request.get(url.replace(/feed\/.*/, "feed/neznamy-token-1234567890abcdef"))).status()).toBe(404);
  });

  test("DOP staff are not offered a EUROCITIES Culture Forum meeting, and calling the action is refused; nothing is written", async ({
    page,
    browser,
    baseURL,
  }) => {
    const t = tag();
    const title = `Kulturní fórum ${t}`;
    const entry = {
      organisation: "EUROCITIES",
      body: "EUROCITIES – Kulturní fórum",
      kind: "Zasedání fóra",
      title,
      startsOn: pragueDay(30),
      endsOn: pragueDay(30),
      city: "Lyon",
      country: "FR",
      attendees: [],
    };

    // The form does not offer it: the list holds only what the department represents that day.
    const staffContext = await browser.newContext();
    const staffPage = await staffContext.newPage();
    try {
      await new SignInPage(staffPage).signInAs("staff");
      const staffMeetings = new MeetingsPage(staffPage);
      await staffMeetings.gotoNew();
      await staffPage.getByLabel("Začátek", { exact: true }).fill(entry.startsOn);
      // DOP holds a seat in EUROCITIES' Mobility Forum only: that body is offered, not the Culture Forum nor the whole network.
      await staffMeetings.form().getByLabel("Organizace", { exact: true }).selectOption({ label: entry.organisation });
      const bodies = staffMeetings.form().getByLabel("Orgán (např. fórum)");
      await expect(bodies.locator("option", { hasText: /Mobility/ })).toHaveCount(1);
      await expect(bodies.locator("option", { hasText: /Culture Forum|Kulturní fórum/ })).toHaveCount(0);
      await expect(bodies.locator("option", { hasText: "celá organizace" })).toHaveCount(0);
      await expect(bodies).toHaveAttribute("required", "");
    } catch (e) {
      await staffContext.close();
      throw e;
    }

    // A real action request, built by a coordinator's browser and held back.
    await new SignInPage(page).signInAs("coordinator");
    const meetings = new MeetingsPage(page);
    await meetings.gotoNew();
    let captured: Request | undefined;
    await page.route("**/meetings/new", async (route) => {
      const r = route.request();
      if (r.method() === "POST" && r.headers()["next-action"]) {
        captured = r;
        await route.abort();
      } else {
        await route.fallback();
      }
    });
    await meetings.fill(entry);
    await meetings.saveButton().click();
    await expect.poll(() => captured, { message: "the form posts to its server action" }).toBeDefined();
    await page.unroute("**/meetings/new");
    const headers = {
      "next-action": captured!.headers()["next-action"]!,
      "content-type": captured!.headers()["content-type"]!,
      accept: "text/x-component",
      origin: baseURL!,
    };
    const body = captured!.postDataBuffer()!;
    const replay = (ctx: APIRequestContext) => ctx.post("/meetings/new", { headers, data: body, maxRedirects: 0, failOnStatusCode: false });

    try {
      const refused = await replay(staffContext.request);
      const text = await refused.text();
      expect(refused.status() >= 400 || text.includes("Váš odbor toto jednání nezastupuje"), `status ${refused.status()}`).toBe(true);
    } finally {
      await staffContext.close();
    }
    await meetings.gotoListOf("EUROCITIES");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);

    // The same request as the coordinator does save: the refusal was the permission check.
    expect((await replay(page.request)).status()).toBeLessThan(400);
    await meetings.gotoListOf("EUROCITIES");
    await expect(page.getByRole("link", { name: title })).toHaveCount(1);
  });

  test("a trip report missing 14 days after a meeting abroad shows on the home page until it is filed", async ({ page }) => {
    await new SignInPage(page).signInAs("staff");
    const meetings = new MeetingsPage(page);
    const t = tag();
    const title = `POLIS workshop ${t}`;
    const lastName = `Cestující${t}`;
    await meetings.gotoNew();
    await meetings.fill({
      organisation: "POLIS",
      kind: "Pracovní skupina",
      title,
      startsOn: pragueDay(-20),
      endsOn: pragueDay(-19),
      city: "Brusel",
      country: "BE",
      attendees: [{ newFirstName: "Jan", newLastName: lastName, cost: "9 500" }],
    });
    await meetings.saveButton().click();
    const meetingUrl = await meetings.expectSaved(title);

    // The home page states the 14-day rule and counts what is owed; its link opens the whole list.
    await page.goto("/");
    await expectAccessible(page);
    const home = page.getByTestId("home-trip-reports");
    await expect(home).toContainText("Zprávu ze zahraniční cesty je třeba odevzdat do 14 dnů po skončení jednání.");
    await expect(home).toContainText(/\d+ (zpráva|zprávy|zpráv) k odevzdání/);
    await home.getByTestId("home-more").click();
    await expectAccessible(page);
    const owed = page.getByRole("row").filter({ hasText: title });
    await expect(owed).toContainText(`Jan ${lastName}`);
    await expect(owed).toContainText("po termínu");

    await page.goto(meetingUrl);
    await expectAccessible(page);
    await page.getByLabel(`Zpráva z cesty: Jan ${lastName}`).fill("Jednání o nízkoemisních zónách; závěry předány vedení odboru.");
    await page.getByRole("button", { name: `Odevzdat zprávu: Jan ${lastName}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zpráva byla uložena." })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByRole("table", { name: "Účast" })).toContainText("odevzdána");

    await page.goto("/");
    await expectAccessible(page);
    await expect(page.getByText(title)).toHaveCount(0);
    await page.goto("/meetings/reports");
    await expect(page.getByText(title)).toHaveCount(0);
  });

  test("bad input is refused at the field, in Czech", async ({ page }) => {
    await new SignInPage(page).signInAs("coordinator");
    const meetings = new MeetingsPage(page);
    await meetings.gotoNew();
    await meetings.fill({
      organisation: "POLIS",
      kind: "Online jednání",
      title: `Chybné ${tag()}`,
      startsOn: pragueDay(10),
      endsOn: pragueDay(9),
      attendees: [
        { search: "Březi", pick: /Pavel Březina/, cost: "-5" },
        { search: "Březi", pick: /Pavel Březina/, cost: "300" },
      ],
    });
    // The kind "Online jednání" makes the meeting online by itself: there is no second control for it.
    await meetings.row(2).getByLabel("Způsob účasti").selectOption({ label: "Online" });
    await meetings.saveButton().click();
    await expect(meetings.alert(/Formulář obsahuje chyby/)).toBeVisible();
    await expect(page.locator("#field-endsOn-error").getByText("Konec jednání nesmí být před jeho začátkem.")).toBeVisible();
    await expect(meetings.row(1).locator("p").getByText("Částka nesmí být záporná.")).toBeVisible();
    await expect(meetings.row(2).getByText("Tato osoba už je na jednání zapsána.")).toBeVisible();
    await expect(meetings.row(2).getByText(/Online účast nemá cestovní náklady/)).toBeVisible();
    await expect(meetings.row(2).getByLabel("Cestovní náklady (Kč)")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
  });
});
