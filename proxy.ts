import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { CROSS_ORIGIN_REFUSAL, isCrossOriginAction } from "@/lib/auth/cross-origin";
import { applyNextAuthUrlDefault, authSecret, usesSecureCookies } from "@/lib/auth/secret";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { REQUEST_PATH_HEADER } from "@/lib/outage-header";
import { badRequestReason } from "@/lib/request-guard";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/security-headers";
import { badRequestResponse } from "@/lib/status-pages";
import {
  REFRESH_AFTER_S,
  absoluteLifetimeOver,
  nowSeconds,
  readClaims,
  readSessionToken,
  refreshedLifetime,
  reissueToken,
  sessionCookieName,
} from "@/lib/auth/token";

/**
 * A cross-site server-action POST is answered 403 (Next.js would refuse it too, with a 500).
 * Every other response gets its Content-Security-Policy with a fresh nonce (Next reads the nonce
 * from the request's header and puts it on its scripts) and, over https, HSTS. A URL no page can
 * take (undecodable path, NUL byte, impossible date) is answered 400 here, before any query.
 */
export async function proxy(req: NextRequest) {
  if (isCrossOriginAction(req.method, req.headers)) {
    return new NextResponse(CROSS_ORIGIN_REFUSAL, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const bad = badRequestReason(req.nextUrl);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(REQUEST_PATH_HEADER, `${req.nextUrl.pathname}${req.nextUrl.search}`);
  const res = bad ? badRequestResponse(bad, req.cookies.get(LOCALE_COOKIE)?.value) : await session(req, requestHeaders);
  res.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity();
  if (hsts) res.headers.set("Strict-Transport-Security", hsts);
  return res;
}

/**
 * Two conveniences, neither of them a security check (every page, action and route handler
 * checks the actor itself through getActor / requirePermission; see docs/ARCHITECTURE.md, "Permissions" and
 * CVE-2025-29927 on what happens when a proxy is the only gate):
 *
 * 1. a signed-out page request is redirected to /signin?callbackUrl=<the same-origin path>;
 * 2. a live session's idle expiry is pushed 30 minutes ahead on activity, by re-issuing the
 *    session cookie. Server components cannot set cookies, so this is the one place that can
 *    for every kind of request. The absolute 12 h limit is never extended.
 *
 * Nothing here depends on request headers Next.js uses internally (x-middleware-subrequest).
 */
async function session(req: NextRequest, requestHeaders: Headers): Promise<Response> {
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });
  const { pathname, search } = req.nextUrl;
  if (isPublic(pathname)) return next();

  applyNextAuthUrlDefault();
  const secret = authSecret();
  const token = await readSessionToken(req.cookies, secret);
  const claims = readClaims(token);
  const now = nowSeconds();

  if (!token || !claims || absoluteLifetimeOver(claims.signedInAt, now)) {
    const isPage = (req.method === "GET" || req.method === "HEAD") && !pathname.startsWith("/api/");
    if (!isPage) return next(); // API routes and server actions answer for themselves
    const target = new URL("/signin", req.nextUrl);
    const back = safeCallbackPath(`${pathname}${search}`);
    if (back !== "/") target.searchParams.set("callbackUrl", back);
    const res = NextResponse.redirect(target);
    if (req.cookies.has(sessionCookieName())) res.cookies.delete(sessionCookieName());
    return res;
  }

  const res = next();
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  if (now - issuedAt >= REFRESH_AFTER_S) {
    const maxAge = refreshedLifetime(claims.signedInAt, now);
    res.cookies.set(sessionCookieName(), await reissueToken(token, secret, maxAge), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: usesSecureCookies(),
      maxAge,
    });
  }
  return res;
}

/** Reachable without a session: the sign-in page, next-auth's own routes, static files. */
function isPublic(pathname: string): boolean {
  return (
    pathname === "/signin" ||
    pathname.startsWith("/signin/") ||
    pathname.startsWith("/api/auth/") ||
    // The .ics feed: its secret token is the credential; the route handler checks it (404 otherwise).
    pathname.startsWith("/calendar/feed/") ||
    // The unsubscribe link in reminder e-mails: its signed token is the credential (checked by the page).
    pathname === "/unsubscribe" ||
    // A one-time set-password link: its token is the credential (checked by the page and action).
    pathname.startsWith("/set-password/") ||
    pathname.startsWith("/_next/") ||
    pathname === "/favicon.ico" ||
    pathname === "/robots.txt" ||
    // The database outage page: it shows no data and must work for everyone.
    pathname === "/unavailable"
  );
}

export const config = {
  // Static assets never reach the proxy at all; isPublic() repeats the rule for safety.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|.*\\.(?:png|jpg|jpeg|gif|svg|ico|webp|css|js|map|txt|woff2?)$).*)"],
};
