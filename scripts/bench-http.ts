import { spawn, type ChildProcess } from "node:child_process";

/** What the benchmarks share: starting the production server, waiting for it, and a signed-in cookie. */

/** `next start` in its own process group (stopped with it, also when the benchmark exits). */
export function startServer(host: string, port: number, env: Record<string, string> = {}): { server: ChildProcess; stop: () => void } {
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", host], {
    env: { ...process.env, NEXTAUTH_URL: `http://${host}:${port}`, NODE_ENV: "production", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  return { server, stop };
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Until the sign-in page answers, or fail when the server exits or `timeoutMs` passes. */
export async function waitUntilUp(base: string, server: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`Server skončil (kód ${server.exitCode}).`);
    try {
      const r = await fetch(`${base}/signin`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`Server nenaběhl do ${Math.round(timeoutMs / 1000)} s.`);
}

/** Cookies as a browser would keep them: name=value pairs from every Set-Cookie. */
function mergeCookies(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Signs in through next-auth's credentials form, as the browser does; the session cookie header. */
export async function signIn(base: string, account: { email: string; password: string }): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  mergeCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, ...account, callbackUrl: `${base}/`, json: "true" }),
  });
  mergeCookies(jar, response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) {
    fail(`Přihlášení ${account.email} selhalo (HTTP ${response.status}); naplnil seed:scale i demo účty?`);
  }
  return cookieHeader(jar);
}
