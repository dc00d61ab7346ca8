import type { APIRequestContext, Request } from "@playwright/test";
import { expect, test, uniqueEmail } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { UsersPage } from "./pages/users-page";

/**
 * Journey: a staff member skips the UI and calls the create-user server action directly. Hiding
 * the form is not the check; the action (through the write path) must refuse.
 *
 * The admin's browser builds a real action request (Next-Action id, encoded form body); it is
 * held back, replayed with a staff session and with none (refused, nothing written), and then
 * with the admin's own session, which must create the user: proof that the request was a valid
 * call of the action and the refusals were the permission check, not a malformed request.
 */
test("a role without users.manage cannot create a user by calling the action", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("action");
  await new SignInPage(page).signInAs("admin");
  const users = new UsersPage(page);
  await users.gotoNew();

  let captured: Request | undefined;
  await page.route("**/admin/users/new", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = request;
      await route.abort();
    } else {
      await route.fallback();
    }
  });
  await users.fillNew({ name: "Nelegální Účet", email, role: "Správce systému", password: "Prevzeti-Moci-2026" });
  await users.createButton().click();
  await expect.poll(() => captured, { message: "the form posts to its server action" }).toBeDefined();
  await page.unroute("**/admin/users/new");

  const request = captured!;
  const body = request.postDataBuffer();
  expect(body).not.toBeNull();
  const headers = {
    "next-action": request.headers()["next-action"]!,
    "content-type": request.headers()["content-type"]!,
    accept: "text/x-component",
    origin: baseURL!,
  };
  const replay = (ctx: APIRequestContext) =>
    ctx.post("/admin/users/new", { headers, data: body!, maxRedirects: 0, failOnStatusCode: false });

  // Staff, signed in for real.
  const staffContext = await browser.newContext();
  try {
    const staffPage = await staffContext.newPage();
    await new SignInPage(staffPage).signInAs("staff");
    const response = await replay(staffContext.request);
    const text = await response.text();
    expect(response.status() >= 400 || text.includes("K této akci nemáte oprávnění"), `status ${response.status()}`).toBe(true);
  } finally {
    await staffContext.close();
  }

  // Nobody signed in at all.
  const anonymous = await browser.newContext();
  try {
    const response = await replay(anonymous.request);
    const text = await response.text();
    expect(response.status() >= 300 || /Nejste přihlášeni/.test(text), `status ${response.status()}`).toBe(true);
  } finally {
    await anonymous.close();
  }

  await users.gotoList();
  await expect(users.rowFor(email)).toHaveCount(0);

  // The same request with the admin's session does create the user.
  const ok = await replay(page.request);
  expect(ok.status()).toBeLessThan(400);
  await users.gotoList();
  await expect(users.rowFor(email)).toHaveCount(1);
});
