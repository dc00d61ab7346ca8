/**
 * Where to go after signing in: a path on this site only. Anything else (another origin,
 * a protocol-relative `//host`, a backslash trick, `javascript:`) becomes the home page, so
 * the sign-in page cannot be used as an open redirect. Pure: used by the proxy, the sign-in
 * page and its client form alike.
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  // Control characters and backslashes are never in our own paths; browsers "fix" some of them
  // into something else, so refuse rather than guess.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  const base = "http://same-origin.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/";
  }
  if (url.origin !== base) return "/";
  // Coming back to the sign-in page after signing in would only loop.
  if (url.pathname === "/signin" || url.pathname.startsWith("/signin/")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
