/**
 * `npm run bench`: every benchmark of the app, one after the other (not part of `npm test`).
 * `npm run bench -- export` or `-- dashboard` runs one. The dashboard benchmark needs a Postgres
 * filled by `npm run seed:scale` (DATABASE_URL, NEXTAUTH_SECRET) and a production build.
 */
import { spawn } from "node:child_process";
import { benchExport } from "./bench-export";

/** Runs a benchmark script in its own process, so its server and memory do not skew the next. */
function script(file: string): () => Promise<void> {
  return () =>
    new Promise((resolve, reject) => {
      const child = spawn("npx", ["tsx", file], { stdio: "inherit" });
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited with ${code}`))));
    });
}

const BENCHMARKS: { name: string; run: () => Promise<void> }[] = [
  { name: "export", run: benchExport },
  { name: "dashboard", run: script("scripts/bench-dashboard.ts") },
];

const only = process.argv[2];
for (const b of BENCHMARKS) {
  if (only && b.name !== only) continue;
  await b.run();
}
