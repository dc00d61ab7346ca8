import { encode, getToken, type JWT } from "next-auth/jwt";
import type { Role } from "@/lib/permissions";
import { usesSecureCookies } from "./secret";

/**
 * The session token: its claims, its lifetimes, reading and re-issuing it. Shared by the
 * next-auth options, getActor (lib/auth/actor.ts) and the proxy, so it imports no database code;
 * no `server-only` either, so the tests use the same functions.
 *
 * How a session ends:
 * - idle: the token and its cookie expire IDLE_TIMEOUT_S after they were last issued; the proxy
 *   re-issues them on activity (at most once a minute), so 30 minutes without a request ends it;
 * - absolute: SIGNED_IN_AT + ABSOLUTE_LIFETIME_S; checked in getActor, the jwt callback and the
 *   proxy (which stops refreshing), whatever the activity;
 * - sign-out, deactivation, password reset: users.session_version moves on, and every token
 *   still quoting the old value is refused by getActor at the next request.
 */
export const IDLE_TIMEOUT_S = 30 * 60;
export const ABSOLUTE_LIFETIME_S = 12 * 60 * 60;
/** The proxy re-issues a token only when it is older than this: not on every request. */
export const REFRESH_AFTER_S = 60;

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** What a session token carries besides next-auth's own claims (name, email, iat, exp, jti). */
export type SessionClaims = {
  /** users.id */
  sub: string;
  /** users.session_version when the token was issued. */
  sessionVersion: number;
  /** Sign-in time, seconds since the epoch: the start of the absolute lifetime. */
  signedInAt: number;
  /** As at sign-in; informative only (the client session). getActor reads the database. */
  role: Role;
  departmentId: string | null;
};

/** The user the token is issued for: what sign-in resolves, from our own users table. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  sessionVersion: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The claims getActor relies on, or null when the token lacks or garbles any of them. */
export function readClaims(token: JWT | Record<string, unknown> | null | undefined) {
  if (!token) return null;
  const { sub, sessionVersion, signedInAt } = token as Record<string, unknown>;
  if (typeof sub !== "string" || !UUID.test(sub)) return null;
  if (typeof sessionVersion !== "number" || !Number.isInteger(sessionVersion)) return null;
  if (typeof signedInAt !== "number" || !Number.isFinite(signedInAt)) return null;
  return { sub, sessionVersion, signedInAt };
}

export function absoluteLifetimeOver(signedInAt: number, now = nowSeconds()): boolean {
  return now - signedInAt >= ABSOLUTE_LIFETIME_S;
}

/** The claims of a freshly signed-in user. */
export function claimsFor(user: SessionUser, now = nowSeconds()): SessionClaims & { name: string; email: string } {
  return {
    sub: user.id,
    name: user.name,
    email: user.email,
    sessionVersion: user.sessionVersion,
    signedInAt: now,
    role: user.role,
    departmentId: user.departmentId,
  };
}

/** next-auth's session cookie name for this deployment (the `__Secure-` prefix on https). */
export function sessionCookieName(): string {
  return usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

type CookieSource = { getAll(): { name: string; value: string }[] };

/**
 * The decoded session token from the request's cookies, or null (absent, forged, expired).
 * Only the cookie counts: next-auth's getToken would also take an `Authorization: Bearer`
 * header, which nothing of ours sends, so it is not offered (empty headers).
 */
export async function readSessionToken(cookies: CookieSource, secret: string): Promise<JWT | null> {
  const req = { cookies, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  return getToken({ req, secret, secureCookie: usesSecureCookies(), cookieName: sessionCookieName() });
}

/**
 * Seconds a re-issued token may live: the idle timeout, but never past the absolute lifetime.
 */
export function refreshedLifetime(signedInAt: number, now = nowSeconds()): number {
  return Math.max(0, Math.min(IDLE_TIMEOUT_S, signedInAt + ABSOLUTE_LIFETIME_S - now));
}

/** The same token with a fresh expiry (encode sets iat, exp and jti anew). */
export function reissueToken(token: JWT, secret: string, maxAge: number): Promise<string> {
  return encode({ token, secret, maxAge });
}
