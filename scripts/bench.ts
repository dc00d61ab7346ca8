/**
 * `npm run bench`: every benchmark of the app, one after the other (not part of `npm test`).
 * Each lives in its own scripts/bench-*.ts and exports one async function; add yours here.
 */
import { benchExport } from "./bench-export";

const BENCHMARKS: { name: string; run: () => Promise<void> }[] = [{ name: "export", run: benchExport }];

const only = process.argv[2];
for (const b of BENCHMARKS) {
  if (only && b.name !== only) continue;
  await b.run();
}
