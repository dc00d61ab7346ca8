import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The "known device" cookie: set after a successful password sign-in, it lets that browser past
 * the sign-in throttles of that one account (lib/auth/throttle.ts), so an attacker hammering an
 * account cannot lock its owner out. The value is `<user id>.<random id>.<HMAC>`, signed with the
 * session secret: it cannot be forged or moved to another account, and it carries no secret of
 * its own (a stolen one still needs the password).
 */
export const DEVICE_COOKIE = "registry-device";
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;

function mac(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(`device:${payload}`).digest("base64url");
}

/** A new cookie value for this user (or the same device id renewed). */
export function issueDeviceCookie(secret: string, userId: string, deviceId?: string): string {
  const payload = `${userId}.${deviceId ?? randomBytes(16).toString("base64url")}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The device id when the cookie is genuine and belongs to this user, else null. */
export function verifyDeviceCookie(secret: string, userId: string, value: string | null | undefined): string | null {
  if (!value || value.length > 200) return null;
  const parts = value.split(".");
  if (parts.length !== 3) return null;
  const [owner, deviceId, signature] = parts as [string, string, string];
  if (owner !== userId || !deviceId) return null;
  const expected = Buffer.from(mac(secret, `${owner}.${deviceId}`));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? deviceId : null;
}

/** Reads one cookie from a raw Cookie header (next-auth hands authorize() the headers only). */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
