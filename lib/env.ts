import { z } from "zod";

/**
 * The one place that reads configuration. Imported by next.config.js (so a bad variable fails
 * the build) and by the server at start (instrumentation.ts), so it fails before the first
 * request, with a message naming the variable. Every variable is documented in .env.example.
 */

// An empty value in .env means "not set", not "set to the empty string".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, "musí být adresa ve tvaru postgres://uživatel@server:port/databáze");

const httpUrl = z.url({ protocol: /^https?$/, error: "musí být adresa http(s)://…" });

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: optional(postgresUrl),
    DATABASE_OWNER_URL: optional(postgresUrl),
    DATA_DIR: optional(z.string()).transform((v) => v ?? ".data"),
    NEXTAUTH_SECRET: optional(z.string().min(32, "musí mít alespoň 32 znaků (např. openssl rand -base64 32)")),
    NEXTAUTH_URL: optional(httpUrl),
    OIDC_ISSUER: optional(httpUrl),
    OIDC_CLIENT_ID: optional(z.string()),
    OIDC_CLIENT_SECRET: optional(z.string()),
    OIDC_NAME: optional(z.string()).transform((v) => v ?? "Microsoft Entra ID"),
    CNB_RATES_URL: optional(httpUrl),
    /** Licence of the published open data: a name and its address, "name|url". */
    OPEN_DATA_LICENCE: optional(z.string().regex(/^[^|]+\|https?:\/\/\S+$/, "musí být ve tvaru název|https://…"))
      .transform((v) => v ?? "CC BY 4.0|https://creativecommons.org/licenses/by/4.0/"),
    COUNCIL_LEAD_DAYS: optional(
      z.coerce.number().int("musí být celé číslo dní").min(0, "nesmí být záporná").max(365, "nejvýše 365 dní"),
    ).transform((v) => v ?? 30),
    TRUSTED_PROXY_COUNT: optional(
      z.coerce.number({ error: "musí být celé číslo 0–10" }).int("musí být celé číslo 0–10").min(0).max(10),
    ).transform((v) => v ?? 0),
    DEMO: optional(z.enum(["0", "1"], { error: "musí být 0 nebo 1" })).transform((v) => v === "1"),
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\/\S+$/, "musí být adresa ve tvaru smtp://uživatel:heslo@server:port (nebo smtps://)")),
    MAIL_FROM: optional(z.string()).transform((v) => v ?? "Registr členství <registr@praha.example>"),
    REMINDERS_WORKER: optional(z.enum(["in-app", "off"], { error: "musí být in-app nebo off" })).transform((v) => v ?? "in-app"),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "je povinná, když je nastavena DATABASE_URL (provoz na skutečném Postgresu)",
      });
    }
    if (env.DATABASE_OWNER_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_OWNER_URL"],
        message: "má smysl jen spolu s DATABASE_URL (účet aplikace); vestavěná databáze má jeden účet",
      });
    }
    const oidc = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
    const set = oidc.filter((k) => env[k]);
    if (set.length > 0 && set.length < oidc.length) {
      for (const k of oidc.filter((k) => !env[k])) {
        ctx.addIssue({ code: "custom", path: [k], message: `je povinná, když je nastavena ${set.join(", ")}` });
      }
    }
  });

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
  throw new EnvError(`Neplatná konfigurace prostředí (viz .env.example):\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** True when the app runs on the embedded PGlite database (no DATABASE_URL). */
export const isEmbedded = () => !env().DATABASE_URL;

/** True when OIDC sign-in is configured. */
export const oidcEnabled = () => Boolean(env().OIDC_ISSUER);
