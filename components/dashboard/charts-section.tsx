import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";
import type { Dashboard } from "@/lib/dashboard/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { buildChartData } from "./chart-data";
import { AttendanceChart, FeesChart, IndexScatterChart, LevelsChart, ScatterCostChart } from "./lazy-charts";
import { shortName } from "@/lib/registry/display-name";

function ChartFigure({ id, title, hint, chart, table }: { id: string; title: string; hint?: string; chart: ReactNode; table?: ReactNode }) {
  return (
    <figure aria-labelledby={id} className="rounded border border-slate-300 bg-white p-4">
      <figcaption id={id} className="mb-2 font-semibold text-slate-900">{title}</figcaption>
      {hint ? <p className="mb-2 text-sm text-slate-800">{hint}</p> : null}
      {chart}
      {table}
    </figure>
  );
}

function DataTable({ summary, children, note }: { summary: string; children: ReactNode; note?: ReactNode }) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{summary}</summary>
      <div className="mt-2">{children}</div>
      {note}
    </details>
  );
}

/**
 * A chart of every membership puts one point per organisation; its table lists the first
 * CHART_TABLE_ROWS and says where the rest are: the portfolio holds the same figures for all of
 * them, paged (at 300 memberships a full table here would be most of the page's weight).
 */
const CHART_TABLE_ROWS = 20;

/** The scorecard's scatter, then four charts; each with its data as a table. */
export async function ChartsSection({ dashboard, locale }: { dashboard: Dashboard; locale: Locale }) {
  const [t, te, ts, tc] = await Promise.all([
    getTranslations("engagement.dashboard"),
    getTranslations("enums"),
    getTranslations("scorecard.dashboard"),
    getTranslations("czk"),
  ]);
  const money = (v: string) => formatMoney(v, "CZK", locale);
  const data = buildChartData(
    dashboard.window,
    dashboard.charts,
    dashboard.rows,
    { others: t("others"), estimate: tc("chartEstimate"), level: (l) => te(`engagementLevel.${l}`), decimal: (v) => (locale === "cs" ? v.replace(".", ",") : v), display: (r) => shortName(r, locale) },
    {
      held: t("held"),
      attendedMeetings: t("attendedMeetings"),
      totalCost: t("totalCost"),
      levelScore: t("levelScore"),
      costAxis: ts("costAxis"),
      levelAxis: ts("levelAxis"),
      indexA: ts("indexA"),
      indexB: ts("indexB"),
      indexAAxis: ts("indexAAxis"),
      indexBAxis: ts("indexBAxis"),
    },
  );
  const feeCell = (series: string, year: number) =>
    dashboard.charts.fees.find(
      (f) => (f.kind === "estimate" ? "estimate" : (f.organisationId ?? "others")) === series && f.year === year,
    )?.czk;

  const rest = (total: number, key: "tableFirst" | "tableCostliest") =>
    total > CHART_TABLE_ROWS ? (
      <p className="mt-2 text-sm text-slate-900">
        {t(key, { shown: CHART_TABLE_ROWS, total })}{" "}
        <a href="#portfolio" className="font-semibold text-blue-900 underline">{t("toPortfolio")}</a>
      </p>
    ) : null;

  return (
    <section aria-labelledby="charts" className="mt-8 space-y-4">
      <h2 id="charts" className="text-xl font-bold text-slate-900">{t("charts")}</h2>
      <p className="text-sm text-slate-800">{t("chartsHint")}</p>
      <ChartFigure
        id="chart-indices"
        title={ts("title", { year: dashboard.window.year })}
        hint={ts("hint")}
        chart={<IndexScatterChart indices={data.indices} labels={data.labels} />}
        table={
          <>
            <ul className="mt-3 list-disc space-y-1 pl-6 text-sm text-slate-900" aria-label={ts("quadrants")}>
              <li>{ts("quadrantTopRight")}</li>
              <li>{ts("quadrantBottomRight")}</li>
              <li>{ts("quadrantTopLeft")}</li>
              <li>{ts("quadrantBottomLeft")}</li>
            </ul>
            <DataTable summary={t("showData")} note={rest(data.indices.length, "tableFirst")}>
              <Table caption={ts("title", { year: dashboard.window.year })} captionHidden>
                <thead>
                  <tr><Th>{t("organisation")}</Th><Th className="text-right">{ts("indexA")}</Th><Th className="text-right">{ts("indexB")}</Th></tr>
                </thead>
                <tbody>
                  {data.indices.length === 0 ? (
                    <tr><Td colSpan={3}>{ts("noIndices")}</Td></tr>
                  ) : (
                    data.indices.slice(0, CHART_TABLE_ROWS).map((p) => (
                      <tr key={p.name}>
                        <Th scope="row" className="bg-white font-normal">{p.name}</Th>
                        <Td className="text-right tabular-nums">{p.aLabel}</Td>
                        <Td className="text-right tabular-nums">{p.bLabel}</Td>
                      </tr>
                    ))
                  )}
                </tbody>
              </Table>
            </DataTable>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartFigure
          id="chart-fees"
          title={t("chartFees")}
          chart={<FeesChart fees={data.fees} />}
          table={
            <DataTable summary={t("showData")}>
              <Table caption={t("chartFees")} captionHidden>
                <thead>
                  <tr><Th>{t("organisation")}</Th>{data.years.map((y) => <Th key={y} className="text-right">{y}</Th>)}</tr>
                </thead>
                <tbody>
                  {data.fees.series.map((s) => (
                    <tr key={s.key}>
                      <Th scope="row" className="bg-white font-normal">{s.name}</Th>
                      {data.years.map((y) => {
                        const v = feeCell(s.key, y);
                        return <Td key={y} className="whitespace-nowrap text-right tabular-nums">{v ? money(v) : "—"}</Td>;
                      })}
                    </tr>
                  ))}
                </tbody>
              </Table>
            </DataTable>
          }
        />
        <ChartFigure
          id="chart-attendance"
          title={t("chartAttendance")}
          chart={<AttendanceChart attendance={data.attendance} labels={data.labels} />}
          table={
            <DataTable summary={t("showData")}>
              <Table caption={t("chartAttendance")} captionHidden>
                <thead>
                  <tr><Th>{t("year")}</Th><Th className="text-right">{t("held")}</Th><Th className="text-right">{t("attendedMeetings")}</Th><Th className="text-right">{t("attendances")}</Th></tr>
                </thead>
                <tbody>
                  {data.attendance.map((a) => (
                    <tr key={a.year}>
                      <Th scope="row" className="bg-white font-normal">{a.year}</Th>
                      <Td className="text-right tabular-nums">{a.held}</Td>
                      <Td className="text-right tabular-nums">{a.attended}</Td>
                      <Td className="text-right tabular-nums">{a.attendances}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </DataTable>
          }
        />
        <ChartFigure
          id="chart-levels"
          title={t("chartLevels")}
          chart={<LevelsChart levels={data.levels} />}
          table={
            <DataTable summary={t("showData")}>
              <Table caption={t("chartLevels")} captionHidden>
                <thead>
                  <tr><Th>{t("level")}</Th>{data.years.map((y) => <Th key={y} className="text-right">{y}</Th>)}</tr>
                </thead>
                <tbody>
                  {data.levels.levels.map((l) => (
                    <tr key={l.key}>
                      <Th scope="row" className="bg-white font-normal">{l.name}</Th>
                      {data.levels.rows.map((r) => (
                        <Td key={r.year} className="text-right tabular-nums">{r[l.key] ?? 0}</Td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </Table>
            </DataTable>
          }
        />
        <ChartFigure
          id="chart-scatter"
          title={t("chartScatter", { year: dashboard.window.year })}
          hint={t("chartScatterHint")}
          chart={<ScatterCostChart scatter={data.scatter} levelNames={data.levelNames} labels={data.labels} locale={locale} />}
          table={
            <DataTable summary={t("showData")} note={rest(data.scatter.length, "tableCostliest")}>
              <Table caption={t("chartScatter", { year: dashboard.window.year })} captionHidden>
                <thead>
                  <tr><Th>{t("organisation")}</Th><Th className="text-right">{t("totalCost")}</Th><Th>{t("levelScore")}</Th></tr>
                </thead>
                <tbody>
                  {[...data.scatter].sort((a, b) => Number(b.cost) - Number(a.cost)).slice(0, CHART_TABLE_ROWS).map((p) => (
                    <tr key={p.name}>
                      <Th scope="row" className="bg-white font-normal">{p.name}</Th>
                      <Td className="whitespace-nowrap text-right tabular-nums">{money(p.cost)}</Td>
                      <Td>{data.levelNames[p.level]}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </DataTable>
          }
        />
      </div>
    </section>
  );
}
