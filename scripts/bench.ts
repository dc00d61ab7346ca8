/**
 * `npm run bench`: every benchmark of the app, one after the other (not part of `npm test`):
 * the pages at scale with Lighthouse (scripts/bench-pages.ts), then exports against COPY.
 * `npm run bench -- pages` or `-- export` runs one. The pages benchmark needs a Postgres filled
 * by `npm run seed:scale` (DATABASE_URL, NEXTAUTH_SECRET) and a production build.
 * (`npm run bench:dashboard` still measures the dashboard alone.)
 */
import { spawn } from "node:child_process";
import os from "node:os";
import { benchExport } from "./bench-export";

/** Runs a benchmark script in its own process, so its server and memory do not skew the next. */
function script(file: string): () => Promise<void> {
  return () =>
    new Promise((resolve, reject) => {
      const child = spawn("npx", ["tsx", "--tsconfig", "scripts/tsconfig.json", file], { stdio: "inherit" });
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited with ${code}`))));
    });
}

const BENCHMARKS: { name: string; run: () => Promise<void> }[] = [
  { name: "pages", run: script("scripts/bench-pages.ts") },
  { name: "export", run: benchExport },
];

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" / ");
const only = process.argv[2];
console.log(`npm run bench ${new Date().toISOString()}: zátěž stroje na začátku (1/5/15 min) ${load()}, ${os.cpus().length} jader.`);
for (const b of BENCHMARKS) {
  if (only && b.name !== only) continue;
  console.log(`== ${b.name} ==`);
  await b.run();
}
console.log(`npm run bench ${new Date().toISOString()}: zátěž stroje na konci (1/5/15 min) ${load()}.`);
