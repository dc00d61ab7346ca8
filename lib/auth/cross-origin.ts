/**
 * A server-action POST from another site. Next.js refuses these itself, but answers HTTP 500
 * ("Invalid Server Actions request"); the proxy answers 403 first, using the same comparison:
 * the Origin's host against X-Forwarded-Host, else Host. A request without Origin is left to
 * Next.js (a browser always sends one with a POST; a hand-made request carries no victim's
 * cookies).
 */
export function isCrossOriginAction(method: string, headers: Headers): boolean {
  if (method !== "POST" || !headers.has("next-action")) return false;
  const origin = headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost !== host;
}

export const CROSS_ORIGIN_REFUSAL = "Požadavek z jiného webu byl odmítnut. (Cross-site request refused.)";
