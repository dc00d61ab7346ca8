"use client";

import dynamic from "next/dynamic";

/**
 * The chart library loads only in the browser and only on the dashboard (next/dynamic with
 * ssr: false, which must be called from a client module); the server sends the data tables.
 */
const loading = () => <div className="h-72 w-full animate-pulse rounded bg-slate-100" aria-hidden="true" />;

export const FeesChart = dynamic(() => import("./charts").then((m) => m.FeesChart), { ssr: false, loading });
export const AttendanceChart = dynamic(() => import("./charts").then((m) => m.AttendanceChart), { ssr: false, loading });
export const LevelsChart = dynamic(() => import("./charts").then((m) => m.LevelsChart), { ssr: false, loading });
export const ScatterCostChart = dynamic(() => import("./charts").then((m) => m.ScatterCostChart), { ssr: false, loading });
export const IndexScatterChart = dynamic(() => import("./charts").then((m) => m.IndexScatterChart), { ssr: false, loading });
