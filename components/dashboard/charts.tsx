"use client";

import { useMemo, type ReactElement } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Label,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/money";
import type { ChartData } from "./chart-data";

// Dark, distinct hues (each at least 3:1 against white); legends and the tables name every series.
const PALETTE = ["#1e3a8a", "#b45309", "#15803d", "#7e22ce", "#b91c1c", "#0f766e", "#475569", "#be185d"];
const LEVEL_COLOURS: Record<string, string> = {
  essential: "#14532d",
  active: "#15803d",
  limited: "#b45309",
  ad_hoc: "#b91c1c",
  not_assessed: "#475569",
};

/**
 * The drawings only: hidden from assistive technology because each figure's data is in the
 * table rendered beside it (and the scatter's in the portfolio table), which is what a screen
 * reader reads. Loaded lazily on the client (see lazy-charts.tsx).
 */
function Frame({ children }: { children: ReactElement }) {
  // overflow-hidden: after the window narrows, the drawing keeps its old width until the
  // container has measured it again; meanwhile it must not widen the page.
  return (
    <div aria-hidden="true" className="h-72 w-full min-w-0 overflow-hidden">
      <ResponsiveContainer width="100%" height="100%">{children}</ResponsiveContainer>
    </div>
  );
}

export function FeesChart({ fees }: { fees: ChartData["fees"] }) {
  return (
    <Frame>
      <BarChart data={fees.rows} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis width={90} />
        <Tooltip />
        <Legend />
        {fees.series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId="fees"
            // The estimate: white with a dark outline, so it reads as "not paid yet" without colour.
            fill={s.key === "estimate" ? "#ffffff" : PALETTE[i % PALETTE.length]}
            stroke={s.key === "estimate" ? "#1e293b" : undefined}
            strokeDasharray={s.key === "estimate" ? "4 2" : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </Frame>
  );
}

export function AttendanceChart({ attendance, labels }: Pick<ChartData, "attendance" | "labels">) {
  return (
    <Frame>
      <BarChart data={attendance} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar dataKey="held" name={labels.held} fill="#475569" isAnimationActive={false} />
        <Bar dataKey="attended" name={labels.attendedMeetings} fill="#1e3a8a" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

export function LevelsChart({ levels }: { levels: ChartData["levels"] }) {
  return (
    <Frame>
      <BarChart data={levels.rows} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {levels.levels.map((l) => (
          <Bar key={l.key} dataKey={l.key} name={l.name} stackId="levels" fill={LEVEL_COLOURS[l.key]} isAnimationActive={false} />
        ))}
      </BarChart>
    </Frame>
  );
}

/** Whole korunas with the locale's grouping: "800 000 Kč" on a Czech axis. */
function korunaTick(locale: string) {
  const f = new Intl.NumberFormat(locale === "en" ? "en-GB" : "cs-CZ", { style: "currency", currency: "CZK", maximumFractionDigits: 0 });
  return (v: number) => f.format(v);
}

export function ScatterCostChart({ scatter, levelNames, labels, locale }: Pick<ChartData, "scatter" | "levelNames" | "labels"> & { locale: Locale }) {
  // The x position only places the point; the tooltip shows the exact amount, formatted.
  const points = useMemo(() => scatter.map((p) => ({ ...p, x: Number(p.cost) })), [scatter]);
  return (
    <Frame>
      <ScatterChart accessibilityLayer={false} margin={{ top: 16, right: 24, bottom: 32, left: 24 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="x" name={labels.totalCost} tickFormatter={korunaTick(locale)}>
          <Label value={labels.costAxis} position="bottom" offset={12} />
        </XAxis>
        <YAxis type="number" dataKey="score" name={labels.levelScore} domain={[0, 4]} ticks={[1, 2, 3, 4]} width={48}>
          <Label value={labels.levelAxis} angle={-90} position="insideLeft" style={{ textAnchor: "middle" }} />
        </YAxis>
        <Tooltip
          content={({ payload }) => {
            const p = payload?.[0]?.payload as ChartData["scatter"][number] | undefined;
            return p ? (
              <div className="rounded border border-slate-400 bg-white p-2 text-sm text-slate-900">
                <strong>{p.name}</strong>: {levelNames[p.level]}, {formatMoney(p.cost, "CZK", locale)}
              </div>
            ) : null;
          }}
        />
        <Scatter data={points} fill="#1e3a8a" isAnimationActive={false}>
          <LabelList dataKey="name" position="top" fill="#0f172a" fontSize={12} />
        </Scatter>
      </ScatterChart>
    </Frame>
  );
}

/**
 * Index A (the city's aims) across, index B (the organisation's performance) up. The mid-lines
 * at 2.5 split the four quadrants the text under the chart explains; each point is labelled
 * with the organisation's abbreviation, and one colour is used throughout (position and words
 * carry the meaning, not colour).
 */
export function IndexScatterChart({ indices, labels }: Pick<ChartData, "indices" | "labels">) {
  return (
    <Frame>
      <ScatterChart accessibilityLayer={false} margin={{ top: 16, right: 24, bottom: 32, left: 24 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="a" name={labels.indexA} domain={[1, 4]} ticks={[1, 2, 3, 4]}>
          <Label value={labels.indexAAxis} position="bottom" offset={12} />
        </XAxis>
        <YAxis type="number" dataKey="b" name={labels.indexB} domain={[1, 4]} ticks={[1, 2, 3, 4]} width={48}>
          <Label value={labels.indexBAxis} angle={-90} position="insideLeft" style={{ textAnchor: "middle" }} />
        </YAxis>
        <ReferenceLine x={2.5} stroke="#334155" strokeDasharray="6 3" />
        <ReferenceLine y={2.5} stroke="#334155" strokeDasharray="6 3" />
        <Tooltip
          content={({ payload }) => {
            const p = payload?.[0]?.payload as ChartData["indices"][number] | undefined;
            return p ? (
              <div className="rounded border border-slate-400 bg-white p-2 text-sm text-slate-900">
                <strong>{p.name}</strong>: A {p.aLabel}, B {p.bLabel}
              </div>
            ) : null;
          }}
        />
        <Scatter data={indices} fill="#1e3a8a" isAnimationActive={false}>
          <LabelList dataKey="name" position="top" fill="#0f172a" fontSize={12} />
        </Scatter>
      </ScatterChart>
    </Frame>
  );
}
