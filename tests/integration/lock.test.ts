import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirInUseError } from "@/db/lock";

/**
 * PGlite has no lock of its own, so two processes on one data folder would silently lose rows.
 * The second process must be refused with a clear Czech message; a lock left behind by a
 * crashed process must not keep the app down.
 */
const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const child = path.join(root, "tests", "helpers", "open-embedded-db.ts");

let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "registry-lock-"));
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function openInChild(dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, NODE_ENV: "test" };
    delete env.DATABASE_URL;
    const proc = spawn(tsx, [child], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    proc.stdout.on("data", (d: Buffer) => (output += d.toString()));
    proc.stderr.on("data", (d: Buffer) => (output += d.toString()));
    proc.on("error", reject);
    proc.on("close", (code) => resolve({ code, output }));
  });
}

/** A PID that certainly belonged to a process and is certainly gone now. */
function deadPid(): number {
  const done = spawnSync(process.execPath, ["-e", ""]);
  expect(done.pid).toBeGreaterThan(0);
  return done.pid!;
}

describe("the embedded database's data-folder lock", () => {
  it("refuses a second process while the folder is in use, in Czech", async () => {
    const release = acquireDataDirLock(dataDir);
    try {
      const { code, output } = await openInChild(dataDir);
      expect(code).not.toBe(0);
      expect(output).toContain("už používá jiný proces");
      expect(output).toContain(`PID ${process.pid}`);
      expect(output).not.toContain("opened");
      // The refused process must not have taken or removed the holder's lock.
      expect(fs.readFileSync(path.join(dataDir, "lock"), "utf8")).toBe(String(process.pid));
    } finally {
      release();
    }
    expect(fs.existsSync(path.join(dataDir, "lock"))).toBe(false);
  });

  it("refuses a second holder in the same check the app makes, with a typed error", () => {
    fs.writeFileSync(path.join(dataDir, "lock"), String(process.ppid));
    expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirInUseError);
    expect(() => acquireDataDirLock(dataDir)).toThrow(/už používá jiný proces/);
  });

  it("takes over a lock left by a process that has died", () => {
    const lockPath = path.join(dataDir, "lock");
    const stale = deadPid();
    fs.writeFileSync(lockPath, String(stale));

    const release = acquireDataDirLock(dataDir);
    expect(fs.readFileSync(lockPath, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });
});
