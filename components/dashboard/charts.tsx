"use client";

import type { ReactElement } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
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
  return (
    <div aria-hidden="true" className="h-72 w-full">
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

export function ScatterCostChart({ scatter, labels }: Pick<ChartData, "scatter" | "labels">) {
  return (
    <Frame>
      <ScatterChart accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="cost" name={labels.totalCost} />
        <YAxis type="number" dataKey="score" name={labels.levelScore} domain={[0, 4]} ticks={[1, 2, 3, 4]} />
        <Tooltip
          content={({ payload }) => {
            const p = payload?.[0]?.payload as ChartData["scatter"][number] | undefined;
            return p ? (
              <div className="rounded border border-slate-400 bg-white p-2 text-sm text-slate-900">
                <strong>{p.name}</strong>: {p.levelLabel}, {p.costLabel}
              </div>
            ) : null;
          }}
        />
        <Scatter data={scatter} fill="#1e3a8a" isAnimationActive={false} />
      </ScatterChart>
    </Frame>
  );
}
