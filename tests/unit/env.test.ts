import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const SECRET = "x".repeat(32);

function failure(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (e) {
    expect(e).toBeInstanceOf(EnvError);
    return (e as Error).message;
  }
  throw new Error("parseEnv accepted an invalid environment");
}

describe("parseEnv", () => {
  it("runs embedded with defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.NODE_ENV).toBe("development");
    expect(env.OIDC_NAME).toBe("Microsoft Entra ID");
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
  });

  it("accepts a real Postgres with a secret", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://app@db.example:5432/registry", NEXTAUTH_SECRET: SECRET });
    expect(env.DATABASE_URL).toBe("postgres://app@db.example:5432/registry");
    expect(env.NEXTAUTH_SECRET).toBe(SECRET);
  });

  it("refuses DATABASE_URL without NEXTAUTH_SECRET, naming NEXTAUTH_SECRET", () => {
    const message = failure({ DATABASE_URL: "postgres://app@localhost:5432/registry" });
    expect(message).toContain("NEXTAUTH_SECRET");
    expect(message).not.toMatch(/DATABASE_URL:/);
  });

  it("refuses a short NEXTAUTH_SECRET", () => {
    expect(failure({ NEXTAUTH_SECRET: "short" })).toContain("NEXTAUTH_SECRET");
  });

  it("names DATABASE_URL when it is malformed", () => {
    const message = failure({ DATABASE_URL: "mysql://localhost/registry", NEXTAUTH_SECRET: SECRET });
    expect(message).toContain("DATABASE_URL");
    expect(message).not.toContain("NEXTAUTH_SECRET");
  });

  it("names every missing variable of a partial OIDC configuration", () => {
    const message = failure({ OIDC_ISSUER: "https://login.example/tenant/v2.0" });
    expect(message).toContain("OIDC_CLIENT_ID");
    expect(message).toContain("OIDC_CLIENT_SECRET");
    expect(message).not.toMatch(/OIDC_ISSUER:/);
  });

  it("accepts a complete OIDC configuration", () => {
    const env = parseEnv({
      OIDC_ISSUER: "https://login.example/tenant/v2.0",
      OIDC_CLIENT_ID: "registry",
      OIDC_CLIENT_SECRET: "not-a-real-secret",
      OIDC_NAME: "Přihlášení MHMP",
    });
    expect(env.OIDC_NAME).toBe("Přihlášení MHMP");
  });

  it("treats empty and blank values as unset", () => {
    const env = parseEnv({
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "  ",
      DATA_DIR: "",
      NEXTAUTH_URL: "",
      OIDC_ISSUER: "",
      OIDC_CLIENT_ID: "",
      OIDC_CLIENT_SECRET: "",
      OIDC_NAME: "",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.OIDC_NAME).toBe("Microsoft Entra ID");
  });

  it("refuses a NEXTAUTH_URL that is not http(s)", () => {
    expect(failure({ NEXTAUTH_URL: "ftp://registry.example" })).toContain("NEXTAUTH_URL");
  });

  it("reads the trusted proxy count, the owner URL and DEMO", () => {
    expect(parseEnv({})).toMatchObject({ TRUSTED_PROXY_COUNT: 0, DEMO: false });
    expect(parseEnv({ TRUSTED_PROXY_COUNT: "2", DEMO: "1" })).toMatchObject({ TRUSTED_PROXY_COUNT: 2, DEMO: true });
    expect(failure({ TRUSTED_PROXY_COUNT: "jedna" })).toContain("TRUSTED_PROXY_COUNT");
    expect(failure({ TRUSTED_PROXY_COUNT: "-1" })).toContain("TRUSTED_PROXY_COUNT");
    expect(failure({ DEMO: "yes" })).toContain("DEMO");
    const owner = "postgres://registry_owner@db.example:5432/registry";
    expect(parseEnv({ DATABASE_URL: "postgres://registry_app@db.example:5432/registry", NEXTAUTH_SECRET: SECRET, DATABASE_OWNER_URL: owner }).DATABASE_OWNER_URL).toBe(owner);
    expect(failure({ DATABASE_OWNER_URL: owner })).toContain("DATABASE_OWNER_URL");
  });
});
