"use client";

import { useEffect, useMemo, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { randomUuid } from "@/lib/form-token";

/** Message templates with `{done}` and `{total}` placeholders ("{done} z {total} řádků"). */
export type ProgressWords = { label: string; rows: string; rowsNoTotal: string; done: string };

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

type Progress = { rowsWritten: number; total: number | null; finished: boolean };

/** The bar shows only for a download that takes longer than this. */
const SHOW_AFTER_MS = 1_000;
const POLL_EVERY_MS = 500;
/** A download that never reports (refused, or cancelled before it began) stops being asked about. */
const GIVE_UP_AFTER_MS = 30_000;

/**
 * Plain links to the streaming route: the browser starts the download at once and streams it
 * natively (nothing is buffered here). A click gives the link a fresh `progress` id; the route
 * records how many rows it has written under it, and this polls that, showing a bar once the
 * download takes longer than a moment.
 */
export function DownloadLinks({
  links,
  startedText,
  words,
  locale,
}: {
  links: { href: string; label: string }[];
  startedText: string;
  words: ProgressWords;
  locale: string;
}) {
  const [started, setStarted] = useState(false);
  const [progressId, setProgressId] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [visible, setVisible] = useState(false);
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);

  useEffect(() => {
    if (!progressId) return;
    let stopped = false;
    const begun = Date.now();
    const showTimer = setTimeout(() => !stopped && setVisible(true), SHOW_AFTER_MS);
    const poll = async () => {
      if (stopped) return;
      let next: Progress | null = null;
      try {
        const res = await fetch(`/api/exports/progress/${progressId}`, { cache: "no-store" });
        if (res.ok) next = (await res.json()) as Progress;
      } catch {
        // A failed poll is retried; the download itself is the browser's.
      }
      if (stopped) return;
      if (next) setProgress(next);
      if (next?.finished || (!next && Date.now() - begun > GIVE_UP_AFTER_MS)) {
        clearTimeout(showTimer);
        if (!next) setVisible(false);
        return;
      }
      setTimeout(poll, POLL_EVERY_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(showTimer);
    };
  }, [progressId]);

  const fmt = (n: number) => number.format(n);
  const text =
    progress === null
      ? ""
      : progress.total !== null
        ? fill(words.rows, { done: fmt(progress.rowsWritten), total: fmt(progress.total) })
        : fill(words.rowsNoTotal, { done: fmt(progress.rowsWritten) });

  return (
    <div>
      <div className="flex flex-wrap gap-3">
        {links.map((l) => (
          <a
            key={l.href}
            href={l.href}
            download
            className={buttonClass("primary")}
            onClick={(e) => {
              // The browser follows the link after this handler: the id rides along.
              const id = randomUuid();
              const url = new URL(l.href, window.location.href);
              url.searchParams.set("progress", id);
              e.currentTarget.href = url.pathname + url.search;
              setStarted(true);
              setProgress(null);
              setVisible(false);
              setProgressId(id);
            }}
          >
            {l.label}
          </a>
        ))}
      </div>
      {visible && progress && !progress.finished ? (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <label htmlFor="export-progress" className="font-semibold text-slate-900">{words.label}</label>
          <progress
            id="export-progress"
            max={progress.total ?? undefined}
            value={progress.total !== null ? progress.rowsWritten : undefined}
            aria-valuetext={text}
            // The browser's own bar is pale green on grey; ours keeps 3:1 against its track (WCAG 1.4.11).
            className="h-3 w-64 appearance-none overflow-hidden rounded border border-slate-600 bg-slate-200 [&::-moz-progress-bar]:bg-blue-800 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-blue-800"
          />
          <span className="text-slate-800">{text}</span>
        </div>
      ) : null}
      {/* Announced politely: the start, and the end of a download long enough to have shown progress. */}
      <p role="status" className="mt-2 text-slate-800">
        {visible && progress?.finished ? fill(words.done, { done: fmt(progress.rowsWritten) }) : started ? startedText : ""}
      </p>
    </div>
  );
}
