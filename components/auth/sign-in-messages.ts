/**
 * next-auth's error codes (the `error` it returns or puts in the URL) → our message keys under
 * "signin.errors". A deactivated account gets the same answer as a wrong password (next-auth's
 * CredentialsSignin), so the page never reveals which accounts exist or are disabled.
 */
const KNOWN = ["CredentialsSignin", "Throttled", "AccessDenied", "SessionRequired"] as const;
export type SignInErrorKey = (typeof KNOWN)[number] | "default";

export function signInErrorKey(code: string | null | undefined): SignInErrorKey | null {
  if (!code) return null;
  return (KNOWN as readonly string[]).includes(code) ? (code as SignInErrorKey) : "default";
}
