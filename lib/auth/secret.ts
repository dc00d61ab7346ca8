import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env, isEmbedded } from "@/lib/env";

/**
 * The key that encrypts session tokens, and the base URL next-auth builds its links from.
 * Used by the next-auth options and by the proxy, which must agree on both.
 *
 * Deliberately without `server-only`: the proxy and the tests import it. It never reaches a
 * client bundle (nothing under components/ or a "use client" module imports it).
 */

/** next-auth's own fallback; the quick start runs here. */
export const DEFAULT_NEXTAUTH_URL = "http://localhost:3000";

/**
 * next-auth 4 reads NEXTAUTH_URL from process.env on every request; when it is missing it
 * falls back to http://localhost:3000 anyway, but logs a warning each time and getToken()
 * cannot tell whether the cookie is the `__Secure-` one. Setting the default once, early,
 * makes the behaviour explicit and the same in the proxy and the route handler.
 */
export function applyNextAuthUrlDefault(): string {
  process.env.NEXTAUTH_URL ||= env().NEXTAUTH_URL ?? DEFAULT_NEXTAUTH_URL;
  return process.env.NEXTAUTH_URL;
}

/** True when the session cookie must be the `__Secure-` one (the app is served over https). */
export function usesSecureCookies(): boolean {
  return applyNextAuthUrlDefault().startsWith("https://");
}

// On globalThis: the proxy and the route handlers are separate module graphs in one process,
// and an in-memory (memory://) secret must be the same for both.
const g = globalThis as unknown as { __registryAuthSecret?: string };

// db/client.ts's MEMORY_DATA_DIR, repeated so the proxy does not pull in the database client.
const MEMORY_DATA_DIR = "memory://";

/**
 * NEXTAUTH_SECRET when set (required with DATABASE_URL, lib/env.ts). In the embedded mode
 * without it, a random secret generated on first use and kept in `${DATA_DIR}/auth-secret`
 * (mode 0600), so the quick start needs no configuration, sessions survive a restart, and no
 * secret is ever committed. An in-memory data folder gets an in-memory secret.
 */
export function authSecret(): string {
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return configured;
  if (g.__registryAuthSecret) return g.__registryAuthSecret;
  if (!isEmbedded()) {
    // lib/env.ts already refuses this combination; kept so a refactor cannot weaken it silently.
    throw new Error("NEXTAUTH_SECRET je povinná, když je nastavena DATABASE_URL.");
  }
  const dataDir = env().DATA_DIR;
  g.__registryAuthSecret =
    dataDir === MEMORY_DATA_DIR ? randomBytes(32).toString("base64url") : readOrCreateSecretFile(dataDir);
  return g.__registryAuthSecret;
}

/** The secret kept in `${dataDir}/auth-secret`, created (0600) if missing. Exported for tests. */
export function readOrCreateSecretFile(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  const existing = readSecret(file);
  if (existing) return existing;

  fs.mkdirSync(dataDir, { recursive: true });
  // Written aside and linked into place: link() fails if the file appeared meanwhile, so two
  // processes starting at once agree on one secret and nobody reads a half-written file.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  fs.writeFileSync(tmp, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  } finally {
    fs.unlinkSync(tmp);
  }
  const created = readSecret(file);
  if (!created) throw new Error(`Soubor ${path.resolve(file)} neobsahuje platný klíč (alespoň 32 znaků).`);
  return created;
}

function readSecret(file: string): string | null {
  try {
    const value = fs.readFileSync(file, "utf8").trim();
    return value.length >= 32 ? value : null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}
