import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, expectAccessible, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

/**
 * A database outage, for real: the built app runs against a Postgres of this test's own (its own
 * data folder and port, never the shared one), the test stops that Postgres, and the app must
 * answer with the Czech outage page and HTTP 503, keep a form's input, and come back by itself
 * once Postgres is up again, without a restart.
 */
const PG_BIN = (() => {
  const root = "/usr/lib/postgresql";
  const version = fs.existsSync(root) ? fs.readdirSync(root).sort().at(-1) : undefined;
  return version ? path.join(root, version, "bin") : undefined;
})();

const ADMIN = { email: "spravce-vypadek@praha.example", password: "Vypadek-Databaze-2026!", name: "Správce Výpadku" };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Postgres refuses to run as root: as root, its tools run as the postgres user. */
function asPostgres(bin: string, args: string[]) {
  const tool = path.join(PG_BIN!, bin);
  if (process.getuid?.() === 0) execFileSync("runuser", ["-u", "postgres", "--", tool, ...args], { stdio: "pipe" });
  else execFileSync(tool, args, { stdio: "pipe" });
}

let dir: string;
let pgPort: number;
let appPort: number;
let app: ChildProcess | undefined;
let appLog = "";
const pgCtl = (action: "start" | "stop") =>
  asPostgres("pg_ctl", action === "start"
    ? ["-D", path.join(dir, "data"), "-l", path.join(dir, "pg.log"), "-o", `-p ${pgPort} -k ${dir} -h 127.0.0.1`, "-w", "start"]
    : ["-D", path.join(dir, "data"), "-m", "fast", "-w", "stop"]);

test.describe("database outage", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    expect(PG_BIN, "Postgres server binaries (/usr/lib/postgresql/*/bin)").toBeTruthy();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "registr-vypadek-"));
    fs.chmodSync(dir, 0o777);
    if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
    pgPort = await freePort();
    appPort = await freePort();
    asPostgres("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
    pgCtl("start");
    asPostgres("createdb", ["-h", "127.0.0.1", "-p", String(pgPort), "-U", "postgres", "registr"]);

    const env = {
      ...process.env,
      DATABASE_URL: `postgres://postgres@127.0.0.1:${pgPort}/registr`,
      NEXTAUTH_SECRET: "vypadek-e2e-tajny-klic-0123456789abcdef",
      NEXTAUTH_URL: `http://127.0.0.1:${appPort}`,
      DATA_DIR: path.join(dir, "app-data"),
    };
    execFileSync("npx", ["tsx", "scripts/create-admin.ts", ADMIN.email, ADMIN.name], {
      env: { ...env, ADMIN_PASSWORD: ADMIN.password },
      stdio: "pipe",
    });
    app = spawn("npx", ["next", "start", "-p", String(appPort), "-H", "127.0.0.1"], { env, stdio: "pipe", detached: true });
    app.stdout?.on("data", (d: Buffer) => (appLog += d.toString()));
    app.stderr?.on("data", (d: Buffer) => (appLog += d.toString()));
    for (let i = 0; i < 120; i++) {
      const up = await fetch(`http://127.0.0.1:${appPort}/signin`).then((r) => r.ok, () => false);
      if (up) return;
      await new Promise((r) => setTimeout(r, 1000));
    }
    throw new Error(`the app did not start:\n${appLog}`);
  });

  test.afterAll(() => {
    if (app?.pid) {
      try {
        process.kill(-app.pid, "SIGTERM"); // the group: npx and the server it started
      } catch {
        // already gone
      }
    }
    try {
      pgCtl("stop");
    } catch {
      // stopped by the test
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("answers the Czech outage page with 503, keeps a form's input, and recovers without a restart", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${appPort}`, locale: "cs-CZ" });
    const page = await context.newPage();
    await new SignInPage(page).signIn(ADMIN.email, ADMIN.password);
    await page.goto("/people/new");
    await expectAccessible(page);
    const lastName = `Výpadková-${Date.now().toString(36)}`;
    await page.getByLabel("Jméno", { exact: true }).fill("Jana");
    await page.getByLabel("Příjmení", { exact: true }).fill(lastName);

    pgCtl("stop");

    // A form sent now is refused in words, and keeps what was typed.
    await page.getByRole("button", { name: "Uložit", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Databáze je dočasně nedostupná" })).toBeVisible();
    await expect(page.getByLabel("Příjmení", { exact: true })).toHaveValue(lastName);
    await expectAccessible(page);

    // Any page: the outage page, in Czech, with 503.
    const response = await page.goto("/organizations?status=all");
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBeTruthy();
    await expect(page.getByRole("heading", { level: 1, name: "Databáze je dočasně nedostupná" })).toBeVisible();
    await expect(page.getByText("Databáze je dočasně nedostupná, zkuste to za chvíli; nic se neuložilo.")).toBeVisible();
    await expectAccessible(page);

    pgCtl("start");

    // The same server takes the database back: "Zkusit znovu" leads where the user was.
    await expect(async () => {
      await page.getByRole("link", { name: "Zkusit znovu" }).click();
      await expect(page).toHaveURL(/\/organizations\?status=all$/);
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/nedostupná/);
    }).toPass({ timeout: 30_000 });
    await expectAccessible(page);
    await context.close();
  });
});
