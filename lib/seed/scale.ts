import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";

/** A large city network's worth of data (the dashboard's benchmark): what `npm run seed:scale` creates. */
export const SCALE = {
  organisations: 300,
  people: 20_000,
  meetings: 200_000,
  attendance: 2_000_000,
  fees: 50_000,
} as const;

export type ScaleSizes = { [K in keyof typeof SCALE]: number };

/** Years back from `today` over which meetings, fees and assessments are spread. */
const SPAN_YEARS = 10;

/**
 * Fills the database with synthetic memberships, set-based: every table is one INSERT … SELECT
 * over generate_series (no row loops in JavaScript), in one transaction. Rows are tagged with
 * `tag` in names and titles, and `demo = true` where the table has the flag, so a batch is
 * recognisable; each run adds a new batch. Each batch is numbered 1..n in temporary tables (dropped at commit) that the next inserts join on.
 *
 * Shape: each organisation has a membership period (one in twenty ended), two forums (every fifth
 * forum vacant), a primary contact; meetings spread over ten years; `attendance / meetings` people
 * per meeting, about 70 % attended, 15 % registered, 15 % excused; travel costs for in-person
 * attendance; fees per organisation and year (paid in past years, planned in the current one);
 * an assessment per organisation for each of the last five years.
 */
export async function seedScale(db: Db, sizes: ScaleSizes, opts: { tag: string; today: string }) {
  const { organisations: O, people: P, meetings: M, attendance: A, fees: F } = sizes;
  const perMeeting = Math.max(1, Math.ceil(A / M));
  if (perMeeting * 37 >= P) throw new Error("too few people for the attendance per meeting");
  const year = Number(opts.today.slice(0, 4));
  const prefix = `Syntetická organizace ${opts.tag}-`;

  return db.transaction(async (tx: Tx) => {
    const run = (q: ReturnType<typeof sql>) => tx.execute(q);

    await run(sql`create temp table scale_orgs (id uuid primary key, rn int not null unique) on commit drop`);
    await run(sql`
      with ins as (
        insert into organisations (name, kind, scope, notice_period_months)
        select ${prefix} || lpad(g::text, 5, '0'),
          (array['city_network','ngo','cultural_route','intergovernmental'])[1 + g % 4]::organisation_kind,
          (array['european','global'])[1 + g % 2]::organisation_scope,
          case when g % 3 = 0 then null else g % 13 end
        from generate_series(1, ${O}::int) g
        returning id
      )
      insert into scale_orgs select id, row_number() over () from ins`);

    await run(sql`
      insert into membership_periods (organisation_id, status, valid_from, valid_to)
      select id,
        (case when rn % 10 = 0 then 'observer' when rn % 17 = 0 then 'associate' else 'full' end)::membership_status,
        date '2000-01-01' + (rn % 2000),
        case when rn % 20 = 0 then ${opts.today}::date - 400 end
      from scale_orgs`);

    await run(sql`create temp table scale_people (id uuid primary key, rn int not null unique) on commit drop`);
    await run(sql`
      with ins as (
        insert into people (first_name, last_name, email, demo)
        select 'Osoba', ${opts.tag} || '-' || lpad(g::text, 6, '0'), null, true
        from generate_series(1, ${P}::int) g
        returning id
      )
      insert into scale_people select id, row_number() over () from ins`);

    await run(sql`
      insert into representations (organisation_id, person_id, role, valid_from, demo)
      select o.id, p.id, 'primary_contact', date '2015-01-01', true
      from scale_orgs o join scale_people p on p.rn = 1 + (o.rn * 13) % ${P}`);

    await run(sql`create temp table scale_bodies (id uuid primary key, organisation_id uuid not null, rn int not null) on commit drop`);
    await run(sql`
      with ins as (
        insert into bodies (organisation_id, name, kind)
        select o.id, 'Fórum ' || k, 'forum' from scale_orgs o cross join generate_series(1, 2) k
        returning id, organisation_id
      )
      insert into scale_bodies select id, organisation_id, row_number() over (order by id) from ins`);
    await run(sql`
      insert into representations (organisation_id, body_id, person_id, role, valid_from, demo)
      select b.organisation_id, b.id, p.id, 'forum_member', date '2018-01-01', true
      from scale_bodies b join scale_people p on p.rn = 1 + (b.rn * 29) % ${P}
      where b.rn % 5 <> 0`);

    await run(sql`create temp table scale_meetings (id uuid primary key, rn int not null unique) on commit drop`);
    await run(sql`
      with ins as (
        insert into meetings (organisation_id, kind, title, starts_on, ends_on, online, city, country, demo)
        select o.id,
          (array['general_assembly','forum_meeting','working_group','conference','online'])[1 + g % 5]::meeting_kind,
          'Jednání ' || ${opts.tag} || '-' || g,
          ${opts.today}::date - (g * 7919 % ${SPAN_YEARS * 365}),
          ${opts.today}::date - (g * 7919 % ${SPAN_YEARS * 365}),
          g % 5 = 4,
          case when g % 5 <> 4 then 'Brusel' end,
          case when g % 5 <> 4 then 'BE' end,
          true
        from generate_series(1, ${M}::int) g
        join scale_orgs o on o.rn = 1 + g % ${O}
        returning id
      )
      insert into scale_meetings select id, row_number() over () from ins`);

    // Distinct people per meeting: offsets k * 37 never collide modulo P (checked above).
    await run(sql`
      insert into attendance (meeting_id, person_id, role, mode, status, travel_cost_czk, demo)
      select m.id, p.id, 'delegate',
        (case when (m.rn + k) % 4 = 0 then 'online' else 'in_person' end)::attendance_mode,
        (case when (m.rn * 31 + k * 17) % 20 < 14 then 'attended'
              when (m.rn * 31 + k * 17) % 20 < 17 then 'registered' else 'excused' end)::attendance_status,
        case when (m.rn + k) % 4 = 0 then null else ((m.rn * 7 + k * 101) % 400) * 100.50 end,
        true
      from scale_meetings m
      cross join generate_series(0, ${perMeeting - 1}::int) k
      join scale_people p on p.rn = 1 + (m.rn * 7 + k * 37) % ${P}
      where (m.rn - 1) * ${perMeeting} + k < ${A}`);

    await run(sql`
      insert into fees (organisation_id, year, amount, currency, amount_czk, status, due_on, paid_on, demo)
      select o.id, y, amount, 'EUR',
        case when y < ${year} then round(amount * 25.125, 2) end,
        (case when y < ${year} then 'paid' else 'planned' end)::fee_status,
        make_date(y, 3, 31),
        case when y < ${year} then make_date(y, 3, 20) end,
        true
      from (
        select g, ${year} - (g / ${O}) % ${SPAN_YEARS} as y, (500 + (g * 37) % 20000)::numeric(14, 2) as amount, 1 + g % ${O} as org_rn
        from generate_series(0, ${F - 1}::int) g
      ) s join scale_orgs o on o.rn = s.org_rn`);

    await run(sql`
      insert into engagement_assessments (organisation_id, year, level, activity, continuity, benefit, recommendation, assessed_on, review)
      select o.id, y,
        (array['essential','active','limited','ad_hoc'])[1 + (o.rn * 3 + y) % 4]::engagement_level,
        (o.rn + y) % 4, (o.rn * 2 + y) % 4, (o.rn * 5 + y) % 4,
        (array['continue','strengthen','review','withdraw'])[1 + (o.rn + y) % 4]::recommendation,
        make_date(y, 12, 15),
        -- Past years' assessments, moderated long ago: the dashboard reads approved ones only.
        'approved'
      from scale_orgs o cross join generate_series(${year - 4}::int, ${year - 1}::int) y`);

    const counts = await run(sql`
      select (select count(*) from scale_orgs)::int as organisations,
        (select count(*) from scale_people)::int as people,
        (select count(*) from scale_meetings)::int as meetings,
        (select count(*) from attendance a join scale_meetings m on m.id = a.meeting_id)::int as attendance,
        (select count(*) from fees f join scale_orgs o on o.id = f.organisation_id)::int as fees`);
    const row = counts.rows[0] as Record<string, unknown>;
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as ScaleSizes;
  });
}
