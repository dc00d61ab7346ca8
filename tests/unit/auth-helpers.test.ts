import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { signInError } from "@/components/auth/sign-in-messages";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { isCrossOriginAction } from "@/lib/auth/cross-origin";
import { issueDeviceCookie, readCookie, verifyDeviceCookie } from "@/lib/auth/device";
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

describe("cross-site server-action POSTs", () => {
  const action = (headers: Record<string, string>, method = "POST") =>
    isCrossOriginAction(method, new Headers({ "next-action": "abc123", ...headers }));

  it("refuses another site's Origin, a null or malformed one", () => {
    expect(action({ origin: "https://evil.example", host: "registr.praha.eu" })).toBe(true);
    expect(action({ origin: "null", host: "registr.praha.eu" })).toBe(true);
    expect(action({ origin: "::::", host: "registr.praha.eu" })).toBe(true);
    expect(action({ origin: "https://registr.praha.eu", host: "10.0.0.5:3000", "x-forwarded-host": "evil.example" })).toBe(true);
  });

  it("lets the same site, requests without Origin and anything but an action through", () => {
    expect(action({ origin: "http://localhost:3000", host: "localhost:3000" })).toBe(false);
    expect(action({ origin: "https://registr.praha.eu", host: "10.0.0.5:3000", "x-forwarded-host": "registr.praha.eu" })).toBe(false);
    expect(action({ host: "registr.praha.eu" })).toBe(false);
    expect(action({ origin: "https://evil.example", host: "registr.praha.eu" }, "GET")).toBe(false);
    expect(isCrossOriginAction("POST", new Headers({ origin: "https://evil.example", host: "registr.praha.eu" }))).toBe(false);
  });
});

describe("the known-device cookie", () => {
  const secret = "s".repeat(32);

  it("verifies only for the account and key it was made with", () => {
    const value = issueDeviceCookie(secret, "user-1");
    const deviceId = verifyDeviceCookie(secret, "user-1", value);
    expect(deviceId).toMatch(/^[\w-]{20,}$/);
    expect(issueDeviceCookie(secret, "user-1", deviceId!)).toBe(value);
    expect(verifyDeviceCookie(secret, "user-2", value)).toBeNull();
    expect(verifyDeviceCookie("t".repeat(32), "user-1", value)).toBeNull();
    expect(verifyDeviceCookie(secret, "user-1", `${value}x`)).toBeNull();
    expect(verifyDeviceCookie(secret, "user-1", null)).toBeNull();
  });

  it("is read from a Cookie header, and a malformed one is no cookie", () => {
    expect(readCookie("a=1; registry-device=u.d.s; b=2", "registry-device")).toBe("u.d.s");
    expect(readCookie("registry-device=%E0%A4%A", "registry-device")).toBeNull();
    expect(readCookie(undefined, "registry-device")).toBeNull();
  });
});
