import { expect, expectAccessible, test, uniqueEmail } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { UsersPage } from "./pages/users-page";

/**
 * Journey: an outsider probes the sign-in and the server actions without the UI. No internal
 * error text comes back, a forged X-Forwarded-For is not taken for the client's address, and a
 * server action called from another site is refused with 403.
 */
test("a NUL byte in the e-mail is a plain refusal, and a forged X-Forwarded-For is not believed", async ({ page, playwright, baseURL }) => {
  test.slow(); // two sign-ins, a new account and the audit log
  const user = { name: "Ota Zkušební", email: uniqueEmail("probe"), role: "Auditor", password: "Spravne-Heslo-2026" };
  await new SignInPage(page).signInAs("admin");
  await new UsersPage(page).create(user);

  const outsider = await playwright.request.newContext({ baseURL });
  try {
    const post = async (email: string, forwardedFor?: string) => {
      const { csrfToken } = (await (await outsider.get("/api/auth/csrf")).json()) as { csrfToken: string };
      return outsider.post("/api/auth/callback/credentials", {
        form: { email, password: "Spatne-Heslo-1", csrfToken, callbackUrl: "/" },
        headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
        maxRedirects: 0,
        failOnStatusCode: false,
      });
    };
    const nul = await post(`${user.email}\u0000`);
    const location = nul.headers()["location"] ?? "";
    expect(location).toContain("error=CredentialsSignin");
    expect(decodeURIComponent(location)).not.toMatch(/query|insert|params|sign_in_attempts/i);

    await post(user.email, "203.0.113.99");
  } finally {
    await outsider.dispose();
  }

  // The failure is recorded with the address the connection came from, not the forged one.
  await page.goto(`/audit?entity=auth&entityId=${encodeURIComponent(user.email)}`);
  await expectAccessible(page);
  const main = page.getByRole("main");
  await expect(main).toContainText("127.0.0.1");
  await expect(main).not.toContainText("203.0.113.99");
});

test("a server action posted from another site is refused with 403, and nothing is written", async ({ playwright, baseURL, page }) => {
  const outsider = await playwright.request.newContext({ baseURL });
  try {
    const response = await outsider.post("/admin/users/new", {
      headers: { "next-action": "0".repeat(42), origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("Požadavek z jiného webu byl odmítnut");
  } finally {
    await outsider.dispose();
  }
  // The site itself still works.
  await new SignInPage(page).signInAs("admin");
});
