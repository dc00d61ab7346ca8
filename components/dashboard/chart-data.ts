import type { AttendanceBar, FeeBar, LevelBar } from "@/lib/dashboard/charts";
import { LEVEL_SCORE, type Level, type MembershipFigures } from "@/lib/dashboard/figures";
import { TREND_YEARS, type YearWindow } from "@/lib/dashboard/window";
import { ENGAGEMENT_LEVELS } from "@/lib/enums";
import type { Abbreviated } from "@/lib/registry/display-name";

/**
 * What the charts plot, shaped on the server from the aggregated rows (at most a few hundred).
 * Numbers here only place bars and points; every amount a reader sees is formatted from the
 * exact decimal string (`label`).
 */
export type ChartData = {
  years: number[];
  fees: { series: { key: string; name: string }[]; rows: Record<string, number>[] };
  attendance: AttendanceBar[];
  levels: { levels: { key: Level; name: string }[]; rows: Record<string, number>[] };
  /**
   * One point per assessed membership: the exact CZK as a decimal string (formatted where shown)
   * and the level's key (named through `levelNames`), to keep what goes to the browser small.
   */
  scatter: { name: string; cost: string; score: number; level: Level }[];
  levelNames: Record<Level, string>;
  /** Index A against index B, for memberships whose approved assessment scores both. */
  indices: { name: string; a: number; b: number; aLabel: string; bLabel: string }[];
  labels: Record<string, string>;
};

export function buildChartData(
  w: YearWindow,
  charts: { fees: FeeBar[]; attendance: AttendanceBar[]; levels: LevelBar[] },
  rows: readonly MembershipFigures[],
  names: { others: string; estimate: string; level: (l: Level) => string; decimal: (v: string) => string; display: (r: Abbreviated) => string },
  labels: Record<string, string>,
): ChartData {
  const years = Array.from({ length: TREND_YEARS }, (_, i) => w.year - TREND_YEARS + 1 + i);

  const seriesKey = (f: FeeBar) => (f.kind === "estimate" ? "estimate" : (f.organisationId ?? "others"));
  const series = new Map<string, string>();
  for (const f of charts.fees) if (f.kind === "paid") series.set(seriesKey(f), f.name !== null ? names.display({ name: f.name, nameCs: f.nameCs, abbreviation: f.abbreviation }) : names.others);
  // The estimate last, so it sits on top of what was paid and its legend entry comes last.
  if (charts.fees.some((f) => f.kind === "estimate")) series.set("estimate", names.estimate);
  const feeRows = years.map((year) => {
    const row: Record<string, number> = { year };
    for (const f of charts.fees) if (f.year === year) row[seriesKey(f)] = Number(f.czk);
    return row;
  });

  const levelKeys = ENGAGEMENT_LEVELS.map((key) => ({ key, name: names.level(key) }));
  const levelRows = years.map((year) => {
    const row: Record<string, number> = { year };
    for (const l of charts.levels) if (l.year === year) row[l.level] = l.count;
    return row;
  });

  const attendance = years.map(
    (year) => charts.attendance.find((a) => a.year === year) ?? { year, held: 0, attended: 0, attendances: 0 },
  );

  const scatter = rows.flatMap((r) => {
    const score = r.level ? LEVEL_SCORE[r.level] : null;
    if (score === null || !r.level) return [];
    return [{ name: names.display(r), cost: r.totalCost, score, level: r.level }];
  });

  const indices = rows.flatMap((r) =>
    r.indexA && r.indexB
      ? [{ name: names.display(r), a: Number(r.indexA), b: Number(r.indexB), aLabel: names.decimal(r.indexA), bLabel: names.decimal(r.indexB) }]
      : [],
  );

  return {
    years,
    indices,
    fees: { series: [...series].map(([key, name]) => ({ key, name })), rows: feeRows },
    attendance,
    levels: { levels: levelKeys, rows: levelRows },
    scatter,
    levelNames: Object.fromEntries(levelKeys.map((l) => [l.key, l.name])) as Record<Level, string>,
    labels,
  };
}
