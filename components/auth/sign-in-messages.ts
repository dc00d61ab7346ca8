/**
 * next-auth's error codes (the `error` it returns or puts in the URL) → our message keys under
 * "signin.errors". A deactivated account gets the same answer as a wrong password (next-auth's
 * CredentialsSignin), so the page never reveals which accounts exist or are disabled.
 * `Throttled:<minutes>` says how long to wait; `Unavailable:<id>` carries the correlation id the
 * server logged. Anything else gets the generic message, never the code itself.
 */
const KNOWN = ["CredentialsSignin", "Throttled", "Unavailable", "AccessDenied", "SessionRequired"] as const;
export type SignInErrorKey = (typeof KNOWN)[number] | "default";
export type SignInError = { key: SignInErrorKey; values: { minutes?: number; id?: string } };

export function signInError(code: string | null | undefined): SignInError | null {
  if (!code) return null;
  const [name = "", arg = ""] = code.split(":", 2);
  if (name === "Throttled") {
    const minutes = Number.parseInt(arg, 10);
    return { key: "Throttled", values: { minutes: Number.isInteger(minutes) && minutes > 0 && minutes < 1000 ? minutes : 15 } };
  }
  if (name === "Unavailable") {
    return { key: "Unavailable", values: { id: /^[0-9a-f]{1,36}$/.test(arg) ? arg : "–" } };
  }
  return { key: (KNOWN as readonly string[]).includes(code) ? (code as SignInErrorKey) : "default", values: {} };
}
