/**
 * Export benchmark: 1 000 000 attendance rows in a scratch Postgres database, exported as CSV
 * and XLSX by the app's own streaming path, next to Postgres' `COPY (same query) TO STDOUT`.
 *
 * How: the export is called IN-PROCESS (lib/exports: the same row source, CSV and XLSX writers
 * the download route streams), not through the HTTP server, so the figures measure the export
 * and not the network stack or the session check. Each format runs in a child process of its
 * own, so each peak RSS (process.resourceUsage().maxRSS) is that export's alone; the bytes go to
 * a sink that counts and drops them, as a fast client would. The baseline is `psql -c "COPY ...
 * TO STDOUT"` with the rows discarded, as CSV made by Postgres itself. The export reads its rows
 * the same way (lib/exports/copy-out.ts: COPY of the same query, in COPY's text format), so the
 * difference is what the app does per row: its formatting (Czech dates and decimals, enum
 * labels, formula neutralising, quoting) and its writers. The scratch database is dropped at the
 * end, whatever happened. The machine's load is printed with each run: other work may share the
 * cores, and the share of COPY within one run is the figure that counts.
 * Postgres: TEST_POSTGRES_ADMIN_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { PgDialect } from "drizzle-orm/pg-core";
import pg from "pg";
import type { Db } from "../db/client";
import { runMigrations } from "../db/migrate";
import * as schema from "../db/schema";
import { csvChunks } from "../lib/exports/csv";
import { EXPORT_KINDS, type ExportParams } from "../lib/exports/kinds";
import { exportRows, orderedQuery } from "../lib/exports/source";
import { xlsxChunks } from "../lib/exports/xlsx";

const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const BENCH_ROWS = 1_000_000;
const PARAMS: ExportParams = { date: "2030-12-31", year: 2030, locale: "cs" };
const CHILD_TIMEOUT_MS = 15 * 60_000;
/** The export's targets: CSV at least half of COPY's speed; peak memory under 250 MB, CSV and XLSX. */
const TARGET_CSV_SHARE_OF_COPY = 0.5;
const TARGET_PEAK_RSS_MB = 250;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** 1 000 meetings × 1 000 people = 1 000 000 attendance rows, all in PARAMS.year. */
async function seed(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const db = drizzle({ client: pool, schema, casing: "snake_case" }) as Db;
    await runMigrations(db);
    await pool.query(`insert into organisations (name, kind, scope) values ('Benchmark – síť měst', 'city_network', 'european')`);
    // A member since 2000: an export "as of" a day lists only organisations joined by then.
    await pool.query(`insert into membership_periods (organisation_id, status, valid_from)
      select id, 'full', date '2000-01-01' from organisations`);
    await pool.query(`insert into people (first_name, last_name, department_id)
      select 'Účastník', 'Příjmení-' || g, null from generate_series(1, 1000) g`);
    await pool.query(`insert into meetings (organisation_id, kind, title, starts_on, ends_on, city, country)
      select (select id from organisations limit 1), 'forum_meeting', 'Zasedání fóra č. ' || g,
        date '2030-01-01' + (g % 365), date '2030-01-01' + (g % 365), 'Praha', 'CZ'
      from generate_series(1, 1000) g`);
    await pool.query(`insert into attendance (meeting_id, person_id, status, travel_cost_czk)
      select m.id, p.id, 'attended', 1234.50 from meetings m cross join people p`);
    await pool.query("analyze");
  } finally {
    await pool.end();
  }
}

function literal(v: unknown): string {
  return typeof v === "number" ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
}

/** The export's own query, with its parameters inlined: COPY takes no bind parameters. */
function copySql(): string {
  const q = new PgDialect().sqlToQuery(orderedQuery(EXPORT_KINDS.meetings, PARAMS));
  const inlined = q.sql.replace(/\$(\d+)/g, (_, n: string) => literal(q.params[Number(n) - 1]));
  return `COPY (${inlined}) TO STDOUT WITH (FORMAT csv, HEADER)`;
}

type Figure = { label: string; rows: number; seconds: number; bytes: number; peakRssMb: number | null };

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), CHILD_TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} exited with ${code}`));
    });
  });
}

async function copyBaseline(url: string): Promise<Figure> {
  const started = process.hrtime.bigint();
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn("psql", [url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", copySql()], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (d: Buffer) => (bytes += d.length));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`psql exited with ${code}`))));
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { label: "COPY … TO STDOUT (psql)", rows: BENCH_ROWS, seconds, bytes, peakRssMb: null };
}

/** Child process: one export to a counting sink; prints its figure as JSON. "idle": the imports alone. */
async function worker(format: "csv" | "xlsx" | "idle", url: string) {
  if (format === "idle") {
    const figure: Figure = { label: "worker without export", rows: 0, seconds: 0, bytes: 0, peakRssMb: process.resourceUsage().maxRSS / 1024 };
    process.stdout.write(`${JSON.stringify(figure)}\n`);
    return;
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const db = drizzle({ client: pool, schema, casing: "snake_case" }) as Db;
  const kind = EXPORT_KINDS.meetings;
  let rows = 0;
  const started = process.hrtime.bigint();
  const source = exportRows(db, kind, PARAMS, { onFetch: (n) => (rows = n) });
  const chunks =
    format === "csv"
      ? csvChunks(kind.columns, source, { czech: true })
      : xlsxChunks([{ name: "Jednání a účast", columns: kind.columns, rows: source }]);
  let bytes = 0;
  for await (const chunk of chunks) bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.end();
  const figure: Figure = {
    label: format === "csv" ? "export CSV (in-process)" : "export XLSX (in-process)",
    rows,
    seconds,
    bytes,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

function load(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(" ");
}

function print(figures: Figure[], copy: Figure, idle: Figure) {
  const copyRate = copy.rows / copy.seconds;
  const lines = figures.map((f) => {
    const rate = f.rows / f.seconds;
    return [
      f.label.padEnd(28),
      `${f.rows.toLocaleString("cs-CZ")} řádků`.padEnd(18),
      `${f.seconds.toFixed(1)} s`.padStart(8),
      `${Math.round(rate).toLocaleString("cs-CZ")} řádků/s`.padStart(20),
      `${(f.bytes / 1e6).toFixed(0)} MB`.padStart(8),
      f.peakRssMb === null ? "".padStart(20) : `špička RSS ${f.peakRssMb.toFixed(0)} MB`.padStart(20),
      f === copy ? "" : `${((rate / copyRate) * 100).toFixed(0)} % rychlosti COPY`,
    ].join("  ");
  });
  console.log(lines.join("\n"));
  console.log(`  (proces bez exportu, jen s načtenými moduly: špička RSS ${idle.peakRssMb!.toFixed(0)} MB)`);
  const csv = figures.find((f) => f.label.startsWith("export CSV"))!;
  const xlsx = figures.find((f) => f.label.startsWith("export XLSX"))!;
  const share = csv.rows / csv.seconds / copyRate;
  const verdict = (ok: boolean) => (ok ? "splněno" : "NESPLNĚNO");
  console.log("Cíle:");
  console.log(`  CSV ≥ ${TARGET_CSV_SHARE_OF_COPY * 100} % rychlosti COPY: ${(share * 100).toFixed(0)} % – ${verdict(share >= TARGET_CSV_SHARE_OF_COPY)}`);
  for (const f of [csv, xlsx]) {
    const mb = f.peakRssMb!;
    console.log(`  ${f.label.slice(7, 11)} špička RSS < ${TARGET_PEAK_RSS_MB} MB: ${mb.toFixed(0)} MB – ${verdict(mb < TARGET_PEAK_RSS_MB)}`);
  }
}

export async function benchExport(): Promise<void> {
  const name = `registry_bench_${randomBytes(5).toString("hex")}`;
  const url = withDatabase(ADMIN_URL, name);
  console.log(`Export benchmark: ${BENCH_ROWS.toLocaleString("cs-CZ")} attendance rows in scratch database ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  try {
    const t0 = Date.now();
    await seed(url);
    console.log(`  seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const child = async (format: "csv" | "xlsx" | "idle") => {
      const out = await run(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--worker", format, url], process.env);
      return JSON.parse(out.trim().split("\n").pop()!) as Figure;
    };
    // Other work shares the machine: its load is printed with each run, and the baseline runs
    // right before the export it is compared with, so the share of COPY is measured in one stretch.
    console.log(`  zátěž stroje (1/5/15 min) na začátku: ${load()}`);
    const copy = await copyBaseline(url);
    const figures: Figure[] = [copy];
    for (const format of ["csv", "xlsx"] as const) figures.push(await child(format));
    console.log(`  zátěž stroje na konci: ${load()}`);
    print(figures, copy, await child("idle"));
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    console.log(`  scratch database ${name} dropped`);
  }
}

const workerAt = process.argv.indexOf("--worker");
if (workerAt !== -1) {
  await worker(process.argv[workerAt + 1] as "csv" | "xlsx" | "idle", process.argv[workerAt + 2]!);
}
