import { env } from "./env";

/**
 * The response headers that depend on the request or on the deployment, set by the proxy on every
 * page and route response (the static ones are in next.config.js).
 */

/** A fresh, unguessable nonce for one response's scripts. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}

/**
 * Scripts run only when they carry this response's nonce, or when a nonced script loaded them
 * ('strict-dynamic': Next's chunks); Next puts the nonce on its own scripts when it finds it in
 * the request's Content-Security-Policy header. Styles allow inline attributes: Next and the
 * charts set `style=""` on elements, which a nonce cannot cover; a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { dev = process.env.NODE_ENV === "development" } = {}): string {
  const { NEXTAUTH_URL, OIDC_ISSUER } = env();
  // The sign-in form may be sent on to the city's identity provider.
  const formTargets = ["'self'", OIDC_ISSUER ? new URL(OIDC_ISSUER).origin : null].filter(Boolean).join(" ");
  return [
    "default-src 'self'",
    // React's dev build evaluates source maps with eval(); the production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets}`,
    "frame-ancestors 'none'",
    NEXTAUTH_URL?.startsWith("https://") ? "upgrade-insecure-requests" : null,
  ]
    .filter(Boolean)
    .join("; ");
}

/** HSTS only when the app is served over https: over http the browser ignores it anyway. */
export function strictTransportSecurity(): string | null {
  return env().NEXTAUTH_URL?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
