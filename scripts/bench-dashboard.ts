import fs from "node:fs";
import path from "node:path";
import { fail, signIn, startServer, waitUntilUp } from "./bench-http";

/**
 * `npm run bench:dashboard`: starts the production server (`next build` must have run) on the
 * Postgres of DATABASE_URL (filled by `npm run seed:scale`), signs in as the demo manager and
 * measures /dashboard under concurrent load, next to a page that touches no data (/signin) on
 * the same server as the baseline. Loopback only; bounded in requests and in time.
 *
 * Each level of concurrency in BENCH_CONCURRENCY is measured in turn: 2 (one request per core of
 * the 2-core reference machine, the target's level) and 8 (four times oversubscribed).
 *
 *   BENCH_PORT (3299)  BENCH_CONCURRENCY ("2,8")  BENCH_REQUESTS (200)  BENCH_MAX_SECONDS (120)
 */
const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT ?? 3299);
const CONCURRENCY_LEVELS = (process.env.BENCH_CONCURRENCY ?? "2,8").split(",").map(Number).filter((n) => n > 0);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const MAX_MS = Number(process.env.BENCH_MAX_SECONDS ?? 120) * 1000;
const WARMUP = 10;
const TARGET_P95_MS = 150;
const BASE = `http://${HOST}:${PORT}`;
const MANAGER = { email: "manazer@praha.example", password: "Registr-Manazer-2026" };

if (!process.env.DATABASE_URL?.trim()) fail("bench:dashboard potřebuje DATABASE_URL (Postgres naplněný npm run seed:scale).");
if (!process.env.NEXTAUTH_SECRET?.trim()) fail("bench:dashboard potřebuje NEXTAUTH_SECRET (s DATABASE_URL je povinná).");
if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) fail("Chybí produkční build: spusťte nejdřív npx next build.");

type Stats = { n: number; median: number; p95: number; mean: number; max: number; errors: number; rps: number };

async function load(url: string, cookie: string, concurrency: number): Promise<Stats> {
  const get = async () => {
    const t0 = performance.now();
    const r = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await r.arrayBuffer();
    return { ms: performance.now() - t0, ok: r.status === 200 };
  };
  for (let i = 0; i < WARMUP; i++) await get();
  const times: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const worker = async () => {
    while (issued < REQUESTS && performance.now() - started < MAX_MS) {
      issued++;
      const { ms, ok } = await get();
      if (ok) times.push(ms);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return {
    n: times.length,
    median: at(0.5),
    p95: at(0.95),
    mean: times.reduce((s, t) => s + t, 0) / (times.length || 1),
    max: times.at(-1) ?? NaN,
    errors,
    rps: times.length / elapsed,
  };
}

const fmt = (s: Stats) =>
  `n=${s.n} chyb=${s.errors}  medián ${s.median.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  průměr ${s.mean.toFixed(1)} ms  max ${s.max.toFixed(1)} ms  ${s.rps.toFixed(1)} req/s`;

const { server, stop } = startServer(HOST, PORT);
process.on("SIGINT", () => process.exit(130));

try {
  await waitUntilUp(BASE, server, 90000);
  const cookie = await signIn(BASE, MANAGER);
  const year = new Date().getFullYear();
  // The first request of a fresh server computes the year's figures (lib/dashboard/cached.ts);
  // every later one within a minute is served from them. Both are reported.
  const t0 = performance.now();
  const first = await fetch(`${BASE}/dashboard?year=${year}`, { headers: { cookie } });
  await first.arrayBuffer();
  console.log(`První (studený) přehled: ${(performance.now() - t0).toFixed(0)} ms (HTTP ${first.status}), výpočet ze všech řádků.`);
  for (const concurrency of CONCURRENCY_LEVELS) {
    console.log(`Zátěž: ${REQUESTS} požadavků, souběžně ${concurrency}, nejvýše ${MAX_MS / 1000} s na adresu (${BASE}).`);
    // The baseline is the sign-in page as an anonymous visitor sees it: rendered by the same
    // server, no data read (a signed-in visitor would be redirected).
    const baseline = await load(`${BASE}/signin`, "", concurrency);
    console.log(`  základ  /signin             ${fmt(baseline)}`);
    // A signed-in page with a small query (20 organisations): the cost of session and shell.
    const list = await load(`${BASE}/organizations`, cookie, concurrency);
    console.log(`  seznam  /organizations       ${fmt(list)}`);
    const dashboard = await load(`${BASE}/dashboard?year=${year}`, cookie, concurrency);
    console.log(`  přehled /dashboard?year=${year} ${fmt(dashboard)}`);
    const verdict = dashboard.p95 <= TARGET_P95_MS ? `≤ cíl ${TARGET_P95_MS} ms` : `NAD cílem ${TARGET_P95_MS} ms`;
    console.log(`  souběžně ${concurrency}: p95 přehledu ${dashboard.p95.toFixed(1)} ms ${verdict}`);
  }
} finally {
  stop();
}
