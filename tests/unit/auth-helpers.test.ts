import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { signInError } from "@/components/auth/sign-in-messages";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { readOrCreateSecretFile } from "@/lib/auth/secret";

describe("callbackUrl after sign-in", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/organisations?page=2#x")).toBe("/organisations?page=2#x");
    expect(safeCallbackPath("/admin/users/3")).toBe("/admin/users/3");
  });

  it("sends everything else home", () => {
    for (const bad of [
      undefined,
      "",
      "https://evil.example/",
      "//evil.example/path",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "/\tevil",
      "organisations",
      "/signin",
      "/signin?callbackUrl=/x",
    ]) {
      expect(safeCallbackPath(bad), String(bad)).toBe("/");
    }
  });
});

describe("sign-in error codes", () => {
  it("maps next-auth codes to our message keys, unknown ones to the generic message", () => {
    expect(signInError("CredentialsSignin")).toEqual({ key: "CredentialsSignin", values: {} });
    expect(signInError("AccessDenied")).toEqual({ key: "AccessDenied", values: {} });
    expect(signInError("OAuthCallback")).toEqual({ key: "default", values: {} });
    expect(signInError(null)).toBeNull();
  });

  it("carries the minutes to wait and the correlation id, and never the text of an error", () => {
    expect(signInError("Throttled:4")).toEqual({ key: "Throttled", values: { minutes: 4 } });
    expect(signInError("Throttled:x")).toEqual({ key: "Throttled", values: { minutes: 15 } });
    expect(signInError("Unavailable:1a2b3c4d")).toEqual({ key: "Unavailable", values: { id: "1a2b3c4d" } });
    expect(signInError('Unavailable:Failed query: insert into "sign_in_attempts"')).toEqual({
      key: "Unavailable",
      values: { id: "–" },
    });
    expect(signInError('Failed query: insert into "sign_in_attempts" params: a@b')).toEqual({ key: "default", values: {} });
  });
});

describe("the generated secret of the embedded mode", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it("is created once, readable only by its owner, and the same on every later read", () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "auth-secret-")), "data");
    dirs.push(path.dirname(dir));
    const first = readOrCreateSecretFile(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const stat = fs.statSync(path.join(dir, "auth-secret"));
    expect(stat.mode & 0o777).toBe(0o600);
    expect(readOrCreateSecretFile(dir)).toBe(first);
    expect(fs.readdirSync(dir)).toEqual(["auth-secret"]);
  });

  it("refuses a file that holds no usable secret", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "auth-secret-"));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, "auth-secret"), "short\n");
    expect(() => readOrCreateSecretFile(dir)).toThrow(/auth-secret/);
  });
});
