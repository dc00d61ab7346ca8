import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "@/lib/db/connection";
import { createMeeting } from "@/lib/meetings/commands";
import { MEETINGS_PAGE_SIZE, meetingsKeyset } from "@/lib/meetings/queries";
import type { Actor } from "@/lib/permissions";
import { fail, signIn, startServer, waitUntilUp } from "./bench-http";

/**
 * `npm run bench -- pages`: the app's pages at scale, in one run. Starts the production server
 * (`next build` must have run) on the Postgres of DATABASE_URL filled by `npm run seed:scale`,
 * signs in as the demo manager and measures, with the machine's load printed at start and end:
 * - the cold first view of /dashboard after a (re)start of the server;
 * - at 2 and 8 concurrent: the signed-in floor (/profile, the cheapest signed-in page),
 *   /dashboard, /organizations, the page of an organisation with 5 000 meetings, /meetings page 1
 *   and page 500 (reached by keyset, as the list's links do, and by ?page=500 alone);
 * - the dashboard under a mixed load: 8 readers while one meeting a second is saved through the
 *   app's write path (lib/mutation.ts, in this process), and the view right after each write.
 * The organisation with 5 000 meetings is created on the first run (tagged "Benchmark 5000").
 *
 *   BENCH_PORT (3299)  BENCH_REQUESTS (200)  BENCH_MAX_SECONDS (60)  BENCH_MIXED_SECONDS (30)
 */
const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT ?? 3299);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const MAX_MS = Number(process.env.BENCH_MAX_SECONDS ?? 60) * 1000;
const MIXED_MS = Number(process.env.BENCH_MIXED_SECONDS ?? 30) * 1000;
const WARMUP = 5;
const BASE = `http://${HOST}:${PORT}`;
const MANAGER = { email: "manazer@praha.example", password: "Registr-Manazer-2026" };
const WRITER_EMAIL = "koordinator@praha.example";
const BIG_ORG = "Benchmark 5000 – organizace s 5 000 jednáními";

if (!process.env.DATABASE_URL?.trim()) fail("bench pages potřebuje DATABASE_URL (Postgres naplněný npm run seed:scale).");
if (!process.env.NEXTAUTH_SECRET?.trim()) fail("bench pages potřebuje NEXTAUTH_SECRET.");
if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) fail("Chybí produkční build: spusťte nejdřív npx next build.");

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" / ");
console.log(`Zátěž stroje na začátku (1/5/15 min): ${load()}; ${os.cpus().length} jader.`);

const db = await getDb();

/** The organisation with 5 000 meetings (one statement; the totals' triggers count them). */
async function bigOrganisation(): Promise<string> {
  const found = await db.execute<{ id: string }>(sql`select id from organisations where name = ${BIG_ORG}`);
  if (found.rows[0]) return found.rows[0].id;
  return db.transaction(async (tx) => {
    const [org] = (await tx.execute<{ id: string }>(sql`insert into organisations (name, kind, scope)
      values (${BIG_ORG}, 'city_network', 'european') returning id`)).rows;
    await tx.execute(sql`insert into membership_periods (organisation_id, status, valid_from) values (${org!.id}::uuid, 'full', '2010-01-01')`);
    await tx.execute(sql`insert into meetings (organisation_id, kind, title, starts_on, ends_on, online, demo)
      select ${org!.id}::uuid, 'online', 'Benchmark jednání ' || g, current_date - g % 3650, current_date - g % 3650, true, true
      from generate_series(1, 5000) g`);
    return org!.id;
  });
}

/** The cursor page 499's "next" link carries: the key of the list's 12 475th row. */
async function page500Cursor(): Promise<string> {
  const [row] = (await db.execute<{ startsOn: string; title: string; id: string }>(sql`
    select starts_on::text as "startsOn", title, id from meetings
    order by starts_on desc, title, id offset ${499 * MEETINGS_PAGE_SIZE - 1} limit 1`)).rows;
  return meetingsKeyset.encode([row!.startsOn, row!.title, row!.id]);
}


type Stats = { n: number; median: number; p95: number; max: number; errors: number; rps: number };
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
function stats(times: number[], errors: number, seconds: number): Stats {
  const t = [...times].sort((a, b) => a - b);
  return { n: t.length, median: quantile(t, 0.5), p95: quantile(t, 0.95), max: t.at(-1) ?? NaN, errors, rps: t.length / seconds };
}
const fmt = (s: Stats) =>
  `n=${s.n} chyb=${s.errors}  medián ${s.median.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  max ${s.max.toFixed(1)} ms  ${s.rps.toFixed(1)} req/s`;

async function get(url: string, cookie: string) {
  const t0 = performance.now();
  const r = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await r.arrayBuffer();
  return { ms: performance.now() - t0, ok: r.status === 200, bytes: body.byteLength };
}

async function hammer(url: string, cookie: string, concurrency: number): Promise<Stats> {
  for (let i = 0; i < WARMUP; i++) await get(url, cookie);
  const times: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < REQUESTS && performance.now() - started < MAX_MS) {
        issued++;
        const { ms, ok } = await get(url, cookie);
        if (ok) times.push(ms);
        else errors++;
      }
    }),
  );
  return stats(times, errors, (performance.now() - started) / 1000);
}

/**
 * Lighthouse (desktop preset, performance and accessibility), the median of LIGHTHOUSE_RUNS (3)
 * runs per page, signed in through the session cookie, in the Chromium the e2e tests use.
 */
async function lighthouseScores(cookie: string, pages: [string, string][]) {
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  let lighthouse: typeof import("lighthouse").default;
  let launcher: typeof import("chrome-launcher");
  let desktop: object;
  try {
    lighthouse = (await import("lighthouse")).default;
    launcher = await import("chrome-launcher");
    desktop = (await import("lighthouse/core/config/desktop-config.js")).default as object;
  } catch {
    console.log("Lighthouse: balíček lighthouse není nainstalován (npm ci), vynecháno.");
    return;
  }
  const chrome = await launcher.launch({
    chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    console.log(`Lighthouse (desktop, medián ze ${runs} běhů; cíl výkon ≥ 95, přístupnost 100, TBT ≤ 150 ms):`);
    for (const [label, p] of pages) {
      const results: { perf: number; a11y: number; tbt: number; js: number }[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await lighthouse(`${BASE}${p}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: { cookie },
        }, desktop as never);
        const lhr = r!.lhr;
        const items = (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
        results.push({
          perf: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          a11y: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          tbt: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
          js: items.filter((x) => x.resourceType === "Script").reduce((sum, x) => sum + (x.transferSize ?? 0), 0),
        });
      }
      const med = <K extends keyof (typeof results)[number]>(k: K) => results.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
      console.log(`  ${label.padEnd(30)} výkon ${med("perf")}  přístupnost ${med("a11y")}  TBT ${med("tbt").toFixed(0)} ms  JS ${(med("js") / 1024).toFixed(0)} KiB (přeneseno)`);
    }
  } finally {
    await chrome.kill();
  }
}

const bigOrg = await bigOrganisation();
const cursor = await page500Cursor();
const year = new Date().getFullYear();
const PAGES: [string, string][] = [
  ["základ (přihlášený) /profile", "/profile"],
  ["/dashboard", `/dashboard?year=${year}`],
  ["/organizations", "/organizations"],
  ["organizace s 5 000 jednáními", `/organizations/${bigOrg}`],
  ["/meetings strana 1", "/meetings"],
  ["/meetings strana 500 (keyset)", `/meetings?page=500&after=${cursor}`],
  ["/meetings?page=500 (offset)", "/meetings?page=500"],
];

const { server, stop } = startServer(HOST, PORT, { REMINDERS_WORKER: "off" });
try {
  const started = performance.now();
  await waitUntilUp(BASE, server, 120000);
  console.log(`Start serveru: ${(performance.now() - started).toFixed(0)} ms.`);
  const cookie = await signIn(BASE, MANAGER);
  const cold = await get(`${BASE}/dashboard?year=${year}`, cookie);
  console.log(`Studený první přehled po startu: ${cold.ms.toFixed(0)} ms (HTTP ${cold.ok ? 200 : "chyba"}); cíl ≤ 2 000 ms.`);

  console.log("Velikost stránek (HTML včetně vloženého RSC):");
  for (const [label, p] of PAGES) {
    const r = await get(`${BASE}${p}`, cookie);
    console.log(`  ${label.padEnd(34)} ${(r.bytes / 1024).toFixed(0).padStart(5)} KB  ${r.ok ? "" : "CHYBA"}`);
  }

  const p95: Record<string, Record<number, number>> = {};
  for (const concurrency of [2, 8]) {
    console.log(`Souběžně ${concurrency} (${REQUESTS} požadavků, nejvýše ${MAX_MS / 1000} s na adresu):`);
    for (const [label, p] of PAGES) {
      const s = await hammer(`${BASE}${p}`, cookie, concurrency);
      (p95[label] ??= {})[concurrency] = s.p95;
      console.log(`  ${label.padEnd(34)} ${fmt(s)}`);
    }
  }

  // Mixed: 8 readers on the dashboard; one meeting a second saved through the app's write path
  // by the demo coordinator (managers read meetings, coordinators log them), each followed by
  // one view of the dashboard (the "view right after a write").
  const [writerActor] = (await db.execute<Actor>(sql`select id, email, name, role, department_id as "departmentId"
    from users where email = ${WRITER_EMAIL}`)).rows;
  if (!writerActor) fail(`Chybí demo účet ${WRITER_EMAIL} (naplnil seed:scale demo účty?).`);
  const [person] = (await db.execute<{ id: string }>(sql`select id from people where anonymised_at is null limit 1`)).rows;
  const readTimes: number[] = [];
  const afterWrite: number[] = [];
  let readErrors = 0;
  let writes = 0;
  let writeErrors = 0;
  const mixedStart = performance.now();
  const until = mixedStart + MIXED_MS;
  const readers = Array.from({ length: 8 }, async () => {
    while (performance.now() < until) {
      const r = await get(`${BASE}/dashboard?year=${year}`, cookie);
      if (r.ok) readTimes.push(r.ms);
      else readErrors++;
    }
  });
  const writer = (async () => {
    while (performance.now() < until) {
      const tick = performance.now();
      const result = await createMeeting(writerActor, {
        organisationId: bigOrg,
        kind: "forum_meeting",
        title: `Benchmark zápis ${writes}`,
        startsOn: new Date().toISOString().slice(0, 10),
        endsOn: new Date().toISOString().slice(0, 10),
        city: "Brusel",
        country: "BE",
        attendees: [{ personId: person!.id, role: "delegate", mode: "in_person", status: "attended", travelCostCzk: "1200.50" }],
      });
      if (result.ok) writes++;
      else if (writeErrors++ === 0) console.log(`  zápis odmítnut: ${JSON.stringify(result).slice(0, 300)}`);
      const r = await get(`${BASE}/dashboard?year=${year}`, cookie);
      if (r.ok) afterWrite.push(r.ms);
      await new Promise((res) => setTimeout(res, Math.max(0, 1000 - (performance.now() - tick))));
    }
  })();
  await Promise.all([...readers, writer]);
  const mixed = stats(readTimes, readErrors, (performance.now() - mixedStart) / 1000);
  const fresh = stats(afterWrite, 0, MIXED_MS / 1000);
  console.log(`Smíšená zátěž ${MIXED_MS / 1000} s: ${writes} zápisů (chyb ${writeErrors}), 8 čtenářů přehledu:`);
  console.log(`  přehled při zápisech            ${fmt(mixed)}  (cíl p95 ≤ 200 ms)`);
  console.log(`  přehled hned po zápisu           n=${fresh.n}  medián ${fresh.median.toFixed(1)} ms  p95 ${fresh.p95.toFixed(1)} ms  max ${fresh.max.toFixed(1)} ms  (cíl ≤ 150 ms)`);

  // Restart: the first view of a fresh server process.
  stop();
  await new Promise((r) => setTimeout(r, 1500));
  const again = startServer(HOST, PORT, { REMINDERS_WORKER: "off" });
  await waitUntilUp(BASE, again.server, 120000);
  const cookie2 = await signIn(BASE, MANAGER);
  const cold2 = await get(`${BASE}/dashboard?year=${year}`, cookie2);
  console.log(`Studený první přehled po restartu: ${cold2.ms.toFixed(0)} ms (cíl ≤ 2 000 ms).`);
  await lighthouseScores(cookie2, [
    ["/", "/"],
    ["/organizations", "/organizations"],
    ["/dashboard", `/dashboard?year=${year}`],
    ["organizace s 5 000 jednáními", `/organizations/${bigOrg}`],
  ]);
  again.stop();

  const verdict = (ok: boolean) => (ok ? "splněno" : "NESPLNĚNO");
  const dash = p95["/dashboard"]!;
  const floor = p95["základ (přihlášený) /profile"]!;
  console.log("Cíle:");
  console.log(`  přehled p95 při 2 souběžných ≤ 150 ms: ${dash[2]!.toFixed(0)} ms – ${verdict(dash[2]! <= 150)}`);
  console.log(`  přehled p95 při 8 ≤ 2 × základ (${floor[8]!.toFixed(0)} ms): ${dash[8]!.toFixed(0)} ms – ${verdict(dash[8]! <= 2 * floor[8]!)}`);
  console.log(`  přehled p95 při smíšené zátěži ≤ 200 ms: ${mixed.p95.toFixed(0)} ms – ${verdict(mixed.p95 <= 200)}`);
  console.log(`  přehled hned po zápisu ≤ 150 ms (p95): ${fresh.p95.toFixed(0)} ms – ${verdict(fresh.p95 <= 150)}`);
  console.log(`  studený první přehled ≤ 2 s: ${cold2.ms.toFixed(0)} ms – ${verdict(cold2.ms <= 2000)}`);
  const big = p95["organizace s 5 000 jednáními"]![2]!;
  console.log(`  organizace s 5 000 jednáními p95 při 2 ≤ 150 ms: ${big.toFixed(0)} ms – ${verdict(big <= 150)}`);
  const m1 = p95["/meetings strana 1"]![2]!;
  const m500 = p95["/meetings strana 500 (keyset)"]![2]!;
  console.log(`  /meetings strana 500 do 120 % strany 1 (p95 při 2): ${m500.toFixed(0)} vs ${m1.toFixed(0)} ms – ${verdict(m500 <= 1.2 * m1)}`);
} finally {
  stop();
  await closeDb();
  console.log(`Zátěž stroje na konci (1/5/15 min): ${load()}.`);
}
