import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { attendancePerYear, feesPerYear } from "@/lib/dashboard/charts";
import { loadFigures } from "@/lib/dashboard/figures";
import { yearWindow } from "@/lib/dashboard/window";
import { membership, person } from "../helpers/dashboard-fixtures";

/**
 * The trigger-kept yearly totals (drizzle/0024_dashboard_totals.sql) against a from-scratch
 * count, after a randomised sequence of writes of every kind: meetings added, moved and deleted
 * (with their attendance), attendance added, changed and deleted one or several rows a statement,
 * fees added, paid, moved to another year and deleted, rates imported, corrected and deleted,
 * membership periods added. The seed is printed so a failure can be replayed.
 */
const SEED = Number(process.env.TOTALS_SEED ?? Date.now() % 1_000_000);
const TODAY = "2026-07-02";
const YEARS = [2024, 2025, 2026, 2027];

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const day = () => `${pick(YEARS)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
const money = () => (random() < 0.3 ? null : (Math.floor(random() * 1_000_000) / 100).toFixed(2));

let orgs: string[] = [];
let persons: string[] = [];

type Row = Record<string, unknown>;
const rows = async (q: ReturnType<typeof sql>) => ((await (await getDb()).execute(q)).rows as Row[]);
const ids = async (table: "meetings" | "attendance" | "fees") =>
  (await rows(sql`select id from ${sql.raw(table)} where ${orgFilter(table)}`)).map((r) => String(r.id));
function orgFilter(table: string) {
  const list = sql.join(orgs.map((o) => sql`${o}::uuid`), sql`, `);
  if (table === "attendance") return sql`meeting_id in (select id from meetings where organisation_id in (${list}))`;
  return sql`organisation_id in (${list})`;
}

/** Numbers as exact decimal text with two places, so "0" and "0.00" compare equal. */
const dec = (v: unknown) => (v === null || v === undefined ? null : Number(v).toFixed(2));
const norm = (r: Row) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? dec(v) : typeof v === "number" ? dec(v) : v]));

async function expectTotalsExact() {
  const kept = await rows(sql`
    select organisation_id::text as o, year, held, attended, attendances, people, travel::text as travel
    from dashboard_meeting_totals order by 1, 2`);
  const scratch = await rows(sql`
    select m.organisation_id::text as o, extract(year from m.starts_on)::int as year,
      count(distinct m.id)::int as held,
      (count(distinct m.id) filter (where a.status = 'attended'))::int as attended,
      (count(a.id) filter (where a.status = 'attended'))::int as attendances,
      (count(distinct a.person_id) filter (where a.status = 'attended'))::int as people,
      coalesce(sum(a.travel_cost_czk), 0)::text as travel
    from meetings m left join attendance a on a.meeting_id = m.id
    group by 1, 2 order by 1, 2`);
  expect(kept.map(norm), `meeting totals, seed ${SEED}`).toEqual(scratch.map(norm));

  const keptFees = await rows(sql`
    select organisation_id::text as o, year, paid::text as paid, estimated::text as estimated, unknown, paid_count, estimate_count
    from dashboard_fee_totals order by 1, 2`);
  const scratchFees = await rows(sql`
    select f.organisation_id::text as o, f.year::int as year,
      coalesce(sum(c.czk) filter (where c.kind = 'paid'), 0)::text as paid,
      coalesce(sum(c.czk) filter (where c.kind = 'estimate'), 0)::text as estimated,
      (count(*) filter (where c.kind = 'unknown'))::int as unknown,
      (count(*) filter (where c.kind = 'paid'))::int as paid_count,
      (count(*) filter (where c.kind = 'estimate'))::int as estimate_count
    from fees f join fee_czk c on c.fee_id = f.id group by 1, 2 order by 1, 2`);
  expect(keptFees.map(norm), `fee totals, seed ${SEED}`).toEqual(scratchFees.map(norm));

  // What the dashboard shows, read from the totals, equals the same figures counted from the
  // base tables, for a past, the current (up to "today") and a future year.
  const db = await getDb();
  for (const year of YEARS) {
    const w = yearWindow(year, TODAY);
    const fromTotals = (await loadFigures(db, w, undefined, "totals")).map(norm);
    const fromBase = (await loadFigures(db, w, undefined, "base")).map(norm);
    expect(fromTotals, `figures ${year}, seed ${SEED}`).toEqual(fromBase);
    expect((await attendancePerYear(db, w)).map(norm), `attendance chart ${year}, seed ${SEED}`).toEqual(
      (await rows(sql`
        select extract(year from starts_on)::int as year, count(*)::int as held,
          (count(*) filter (where attended_count > 0))::int as attended,
          coalesce(sum(attended_count), 0)::int as attendances
        from meetings where starts_on between ${`${year - 4}-01-01`}::date and ${w.end}::date
        group by 1 order by 1`)).map(norm),
    );
    expect((await feesPerYear(db, w)).map(norm), `fee chart ${year}, seed ${SEED}`).toEqual(
      (await rows(sql`
        with c as (
          select f.organisation_id, f.year, c.kind, c.czk from fees f join fee_czk c on c.fee_id = f.id
          where f.year between ${year - 4} and ${year} and c.kind in ('paid', 'estimate')
        ),
        s as (select organisation_id, year, sum(czk) as paid from c where kind = 'paid' group by organisation_id, year),
        r as (select organisation_id, rank() over (order by sum(paid) desc, organisation_id) as rk from s group by organisation_id)
        select case when r.rk <= 6 then s.organisation_id end as "organisationId",
          case when r.rk <= 6 then o.name end as name,
          case when r.rk <= 6 then o.name_cs end as "nameCs",
          case when r.rk <= 6 then o.abbreviation end as abbreviation,
          s.year::int as year, 'paid' as kind, sum(s.paid)::text as czk
        from s join r on r.organisation_id = s.organisation_id join organisations o on o.id = s.organisation_id
        group by 1, 2, 3, 4, 5
        union all
        select null, null, null, null, year::int, 'estimate', sum(czk)::text from c where kind = 'estimate' group by year
        order by 5, 6 desc, 1 nulls last`)).map(norm),
    );
  }
}

/** One random write; each kind of write the figures depend on is among them. */
const WRITES: ((db: Awaited<ReturnType<typeof getDb>>) => Promise<unknown>)[] = [
  // meetings: one, or several in one statement
  async (db) => {
    const n = 1 + Math.floor(random() * 3);
    const values = Array.from({ length: n }, () => {
      const d = day();
      return sql`(${pick(orgs)}::uuid, 'forum_meeting', 'Náhodné jednání', ${d}::date, ${d}::date)`;
    });
    await db.execute(sql`insert into meetings (organisation_id, kind, title, starts_on, ends_on) values ${sql.join(values, sql`, `)}`);
  },
  async (db) => {
    const id = pick(await ids("meetings"));
    if (!id) return;
    const d = day();
    await db.execute(sql`update meetings set starts_on = ${d}::date, ends_on = ${d}::date,
      organisation_id = ${random() < 0.5 ? pick(orgs) : sql`organisation_id`} where id = ${id}::uuid`);
  },
  async (db) => {
    const id = pick(await ids("meetings"));
    if (id) await db.execute(sql`delete from meetings where id = ${id}::uuid`);
  },
  // attendance
  async (db) => {
    const meeting = pick(await ids("meetings"));
    if (!meeting) return;
    const values = persons
      .filter(() => random() < 0.4)
      .map((p) => {
        const online = random() < 0.2;
        return sql`(${meeting}::uuid, ${p}::uuid, ${pick(["attended", "attended", "registered", "excused"])}::attendance_status,
          ${online ? "online" : "in_person"}::attendance_mode, ${online ? null : money()}::numeric)`;
      });
    if (values.length === 0) return;
    await db.execute(sql`insert into attendance (meeting_id, person_id, status, mode, travel_cost_czk)
      values ${sql.join(values, sql`, `)} on conflict (meeting_id, person_id) do nothing`);
  },
  async (db) => {
    const id = pick(await ids("attendance"));
    if (!id) return;
    await db.execute(sql`update attendance set status = ${pick(["attended", "registered", "excused"])}::attendance_status,
      travel_cost_czk = case when mode = 'online' then null else ${money()}::numeric end where id = ${id}::uuid`);
  },
  async (db) => {
    // Several rows at once: every attendance of one meeting changes status.
    const meeting = pick(await ids("meetings"));
    if (meeting) await db.execute(sql`update attendance set status = ${pick(["attended", "excused"])}::attendance_status where meeting_id = ${meeting}::uuid`);
  },
  async (db) => {
    const id = pick(await ids("attendance"));
    if (id) await db.execute(sql`delete from attendance where id = ${id}::uuid`);
  },
  // fees: CZK or foreign, planned, paid or waived
  async (db) => {
    const year = pick(YEARS);
    const currency = pick(["CZK", "EUR", "EUR", "USD"]);
    const status = pick(["planned", "invoiced", "paid", "waived"]);
    const paid = status === "paid";
    await db.execute(sql`insert into fees (organisation_id, year, amount, currency, amount_czk, status, due_on, paid_on)
      values (${pick(orgs)}::uuid, ${year}, ${(1 + Math.floor(random() * 9_999_999) / 100).toFixed(2)}::numeric, ${currency},
        ${paid && random() < 0.7 ? money() : null}::numeric, ${status}::fee_status,
        ${random() < 0.8 ? `${year}-03-31` : null}::date, ${paid ? `${year}-04-15` : null}::date)`);
  },
  async (db) => {
    const id = pick(await ids("fees"));
    if (!id) return;
    await db.execute(random() < 0.5
      ? sql`update fees set status = 'paid', paid_on = coalesce(due_on, make_date(year, 6, 1)), invoiced_on = null,
          amount_czk = ${random() < 0.5 ? money() : null}::numeric where id = ${id}::uuid`
      : sql`update fees set year = ${pick(YEARS)}, organisation_id = ${pick(orgs)}::uuid where id = ${id}::uuid`);
  },
  async (db) => {
    const id = pick(await ids("fees"));
    if (id) await db.execute(sql`delete from fees where id = ${id}::uuid`);
  },
  // rates: an import of a day's fixing, a correction, a deletion
  async (db) => {
    const values = ["EUR", "USD"].map((c) => sql`(${day()}::date, ${c}, 1, ${(20 + random() * 10).toFixed(3)}::numeric)`);
    await db.execute(sql`insert into exchange_rates (valid_on, currency, amount, rate) values ${sql.join(values, sql`, `)}
      on conflict (currency, valid_on) do update set rate = excluded.rate`);
  },
  async (db) => {
    await db.execute(sql`update exchange_rates set rate = rate + 0.5 where currency = ${pick(["EUR", "USD"])}
      and valid_on = (select valid_on from exchange_rates where currency = 'EUR' order by random() limit 1)`);
  },
  async (db) => {
    await db.execute(sql`delete from exchange_rates where (currency, valid_on) in
      (select currency, valid_on from exchange_rates where currency in ('EUR', 'USD') order by random() limit 1)`);
  },
  // membership periods: which organisations the dashboard lists (a membership ends)
  async (db) => {
    const d = day();
    await db.execute(sql`update membership_periods set valid_to = ${d}::date
      where organisation_id = ${pick(orgs)}::uuid and valid_to is null and valid_from <= ${d}::date`);
  },
];

beforeAll(async () => {
  console.log(`dashboard totals: seed ${SEED} (TOTALS_SEED=${SEED} replays it)`);
  orgs = await Promise.all(Array.from({ length: 4 }, (_, i) => membership({ from: i === 3 ? "2026-05-01" : "2020-01-01" }))).then((os) => os.map((o) => o.id));
  persons = await Promise.all(Array.from({ length: 6 }, () => person())).then((ps) => ps.map((p) => p.id));
});

describe("the dashboard's yearly totals", () => {
  it("equal a count from scratch after every step of a random sequence of writes", async () => {
    const db = await getDb();
    await expectTotalsExact();
    for (let step = 0; step < 120; step++) {
      const write = WRITES[step < WRITES.length ? step : Math.floor(random() * WRITES.length)]!;
      await write(db);
      if (step % 10 === 9) await expectTotalsExact();
    }
    await expectTotalsExact();
  });

  it("are kept inside the writing transaction: a rolled-back write leaves them as they were", async () => {
    const db = await getDb();
    const before = await rows(sql`select * from dashboard_meeting_totals order by 1, 2`);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into meetings (organisation_id, kind, title, starts_on, ends_on)
          values (${orgs[0]!}::uuid, 'forum_meeting', 'Zrušené', '2026-02-02', '2026-02-02')`);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await rows(sql`select * from dashboard_meeting_totals order by 1, 2`)).toEqual(before);
  });
});
