import fs from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock of its own: two processes on one data folder silently lose rows. This file
 * lock refuses a second live process with a clear message; a lock left by a dead process is
 * taken over.
 */
export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number(fs.readFileSync(lockPath, "utf8").trim());
      if (holder === process.pid) return () => {};
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new DataDirInUseError(
          `Vestavěnou databázi ve složce ${path.resolve(dataDir)} už používá jiný proces (PID ${holder}). ` +
            `Ukončete ho, nebo nastavte jinou složku v DATA_DIR. ` +
            `(The embedded database in ${path.resolve(dataDir)} is in use by process ${holder}.)`,
        );
      }
      fs.unlinkSync(lockPath); // stale: its process is gone
    }
  }
  throw new DataDirInUseError(`Zámek ${lockPath} se nepodařilo získat.`);
}
