import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db/connection";
import { users } from "@/db/schema";
import { recordSecurityEvent } from "@/lib/audit";
import { env, oidcEnabled } from "@/lib/env";
import { actorFromToken } from "./actor";
import { authenticateWithPassword, SIGN_IN_ERRORS, signInErrorCode, unavailable } from "./credentials";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_S, readCookie } from "./device";
import { findUserByExternalIdentity, identityFromClaims, signInWithExternalIdentity } from "./oidc";
import { applyNextAuthUrlDefault, authSecret, usesSecureCookies } from "./secret";
import { clientAddress } from "./throttle";
import { absoluteLifetimeOver, claimsFor, IDLE_TIMEOUT_S, readClaims, type SessionUser } from "./token";

export const OIDC_PROVIDER_ID = "oidc";

/** Thrown by the jwt callback when a token must die; next-auth then clears the cookie. */
const SESSION_ENDED = "SessionEnded";

function oidcProvider(): OAuthConfig<Record<string, unknown>> {
  const e = env();
  const issuer = e.OIDC_ISSUER!.replace(/\/$/, "");
  return {
    id: OIDC_PROVIDER_ID,
    name: e.OIDC_NAME,
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    // openid-client verifies the ID token (signature, issuer, audience, expiry, and the nonce
    // against the one this browser's sign-in sent); its claims are the profile. PKCE ties the
    // code to this browser's verifier, state the callback to this browser's sign-in: a replayed,
    // forged or swapped callback fails (e2e/oidc.spec.ts runs each against a real provider).
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile(claims) {
      const id = identityFromClaims(claims, issuer);
      return {
        id: id?.subject ?? "",
        email: id?.email ?? null,
        name: typeof claims.name === "string" ? claims.name : null,
      };
    },
  };
}

/**
 * Marks this browser as a known device of the account (lib/auth/device.ts). authorize() runs
 * inside the next-auth route handler, whose cookies() Next.js adds to the response.
 */
async function rememberDevice(value: string): Promise<void> {
  try {
    (await cookies()).set(DEVICE_COOKIE, value, {
      httpOnly: true,
      sameSite: "lax",
      secure: usesSecureCookies(),
      path: "/",
      maxAge: DEVICE_COOKIE_MAX_AGE_S,
    });
  } catch (e) {
    // Not fatal: the sign-in stands, the browser just stays an unknown device.
    console.error("[auth] could not set the device cookie", e);
  }
}

function buildOptions(): NextAuthOptions {
  // Before anything of next-auth runs: it reads NEXTAUTH_URL from process.env per request.
  applyNextAuthUrlDefault();
  const configuredIssuer = env().OIDC_ISSUER ?? "";

  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_S },
    jwt: { maxAge: IDLE_TIMEOUT_S },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail a heslo",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Heslo", type: "password" } },
        async authorize(credentials, req) {
          const headers = req?.headers as Record<string, string | undefined> | undefined;
          const secret = authSecret();
          let result;
          try {
            result = await authenticateWithPassword(await getDb(), {
              email: credentials?.email,
              password: credentials?.password,
              ip: clientAddress(headers, env().TRUSTED_PROXY_COUNT),
              deviceCookie: readCookie(headers?.cookie, DEVICE_COOKIE),
              secret,
            });
          } catch (e) {
            // The database could not even be opened; authenticateWithPassword catches the rest.
            result = unavailable(e);
          }
          if (result.ok) {
            await rememberDevice(result.deviceCookie);
            return result.user;
          }
          // A thrown message becomes the `error` code the sign-in page receives (and nothing
          // else of ours ever does); null gives next-auth's generic CredentialsSignin.
          if (result.error === SIGN_IN_ERRORS.credentials) return null;
          throw new Error(signInErrorCode(result));
        },
      }),
      ...(oidcEnabled() ? [oidcProvider()] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true; // credentials: authorize decided
        const identity = profile && identityFromClaims(profile as Record<string, unknown>, configuredIssuer);
        if (!identity) return false;
        try {
          const result = await signInWithExternalIdentity(await getDb(), identity);
          return result.ok;
        } catch (e) {
          return `/signin?error=${signInErrorCode(unavailable(e))}`;
        }
      },

      async jwt({ token, user, account, profile, trigger }) {
        if (trigger === "signIn" || trigger === "signUp") {
          let signedIn: SessionUser | undefined;
          if (account?.provider === OIDC_PROVIDER_ID) {
            // Resolved again rather than passed along: the signIn callback linked it just now.
            const identity = profile && identityFromClaims(profile as Record<string, unknown>, configuredIssuer);
            const row = identity ? await findUserByExternalIdentity(await getDb(), identity) : undefined;
            signedIn = row?.active ? row : undefined;
          } else {
            signedIn = user as unknown as SessionUser;
          }
          if (!signedIn) throw new Error(SESSION_ENDED);
          return claimsFor(signedIn);
        }
        // /api/auth/session (the client's view): the same checks as getActor, so the client
        // does not show a session the server has already ended.
        const actor = await actorFromToken(await getDb(), token);
        if (!actor) throw new Error(SESSION_ENDED);
        return { ...token, name: actor.name, email: actor.email, role: actor.role, departmentId: actor.departmentId };
      },

      session({ session, token }) {
        // For display only: every check goes through getActor, which re-reads the user.
        session.user = {
          id: token.sub ?? "",
          name: token.name ?? "",
          email: token.email ?? "",
          role: token.role ?? "staff",
          departmentId: token.departmentId ?? null,
        };
        return session;
      },
    },
    events: {
      // Moves the user's session version on, so every copy of this token (other tabs, other
      // devices, a stolen one) dies with it. A token that is already stale moves nothing.
      async signOut({ token }) {
        const claims = readClaims(token);
        if (!claims) return;
        const [row] = await (await getDb())
          .update(users)
          .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
          .where(and(eq(users.id, claims.sub), eq(users.sessionVersion, claims.sessionVersion)))
          .returning({ id: users.id, email: users.email });
        if (row) {
          const expired = absoluteLifetimeOver(claims.signedInAt);
          await recordSecurityEvent({ action: "sign_out", actor: row, subject: row.email, details: { expired } });
        }
      },
    },
    logger: {
      error(code, metadata) {
        const err = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        // An ended session is the expected outcome of a timeout or sign-out, not an error.
        if (code === "JWT_SESSION_ERROR" && err instanceof Error && err.message === SESSION_ENDED) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
    },
  };
}

let options: NextAuthOptions | undefined;

/**
 * Built on first use, not at import: the secret may have to be created in DATA_DIR, which must
 * not happen while `next build` merely loads the module.
 */
export function authOptions(): NextAuthOptions {
  options ??= buildOptions();
  return options;
}
