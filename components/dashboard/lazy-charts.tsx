"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentType } from "react";

/**
 * The chart library loads only in the browser and only on the dashboard (next/dynamic with
 * ssr: false, which must be called from a client module); the server sends the data tables.
 * A chart is drawn once its place comes near the viewport: the page and its tables are usable
 * first, and a reader who never scrolls down to the charts never pays for drawing them.
 */
const Placeholder = () => <div className="h-72 w-full animate-pulse rounded bg-slate-100" aria-hidden="true" />;

function whenNearViewport<P extends object>(Chart: ComponentType<P>) {
  return function NearViewport(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);
    useEffect(() => {
      const element = ref.current;
      if (near || !element) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) setNear(true);
        },
        { rootMargin: "400px 0px" },
      );
      observer.observe(element);
      return () => observer.disconnect();
    }, [near]);
    return near ? <Chart {...props} /> : <div ref={ref}><Placeholder /></div>;
  };
}

// One dynamic() call per chart, at module level, as next/dynamic expects.
export const FeesChart = whenNearViewport(dynamic(() => import("./charts").then((m) => m.FeesChart), { ssr: false, loading: Placeholder }));
export const AttendanceChart = whenNearViewport(dynamic(() => import("./charts").then((m) => m.AttendanceChart), { ssr: false, loading: Placeholder }));
export const LevelsChart = whenNearViewport(dynamic(() => import("./charts").then((m) => m.LevelsChart), { ssr: false, loading: Placeholder }));
export const ScatterCostChart = whenNearViewport(dynamic(() => import("./charts").then((m) => m.ScatterCostChart), { ssr: false, loading: Placeholder }));
export const IndexScatterChart = whenNearViewport(dynamic(() => import("./charts").then((m) => m.IndexScatterChart), { ssr: false, loading: Placeholder }));
