import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_OIDC, E2E_PORT } from "./e2e/oidc/settings";

/**
 * End-to-end tests against the production build (scripts/test-e2e.sh builds it first), on the
 * embedded database in a private data folder that the script deletes before each run: the
 * seed's demo users exist, and every spec makes the records it needs with unique keys. Sign-in
 * through OpenID Connect goes to a real provider on loopback that the global setup starts
 * (e2e/oidc/provider.ts); the server is configured for it as it would be for Entra ID.
 */
const PORT = E2E_PORT;
const BASE_URL = E2E_BASE_URL;
const CI = Boolean(process.env.CI);

/** CHROMIUM_PATH, else Debian's Chromium, else the browser Playwright installed (if any). */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./e2e/oidc/global-setup.ts",
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  // Journeys run axe after every navigation; on two shared cores a long one needs the room.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    locale: "cs-CZ",
    timezoneId: "Europe/Prague",
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          // Without the networking flags Chromium keeps calling home, and there is no network.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/signin`,
    env: {
      DATA_DIR: ".e2e-data",
      NEXTAUTH_URL: BASE_URL,
      OIDC_ISSUER: E2E_OIDC.issuer,
      OIDC_CLIENT_ID: E2E_OIDC.clientId,
      OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret,
      OIDC_NAME: E2E_OIDC.name,
    },
    reuseExistingServer: !CI,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
