"use client";

import { useState, useSyncExternalStore, type ReactNode } from "react";

const subscribeNever = () => () => {};

/**
 * The filters above a list. On a phone they sit behind a "Filtrovat" button (a disclosure), so
 * the list starts near the top of the screen; on wider screens, and without JavaScript, they
 * are always shown.
 */
export function FilterPanel({ label, children }: { label: string; children: ReactNode }) {
  const enhanced = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [open, setOpen] = useState(false);
  return (
    <div className="mb-6">
      {enhanced ? (
        <button
          type="button"
          aria-expanded={open}
          aria-controls="filter-panel"
          onClick={() => setOpen((o) => !o)}
          className="mb-2 flex items-center gap-2 rounded border-2 border-slate-700 bg-white px-3 py-2 font-semibold text-slate-900 md:hidden"
        >
          {label}
          <span aria-hidden="true">{open ? "▲" : "▼"}</span>
        </button>
      ) : null}
      <div id="filter-panel" className={enhanced && !open ? "hidden md:block" : undefined}>
        {children}
      </div>
    </div>
  );
}
