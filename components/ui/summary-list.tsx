import Link from "next/link";
import type { ReactNode } from "react";

export type SummaryRow = {
  key: string;
  value: ReactNode;
  /** Where "Změnit" leads: the form with the answers kept, at this field. */
  changeHref?: string;
  /** "Změnit" with the row's name for screen readers ("Změnit datum"). */
  changeLabel?: string;
};

/** The GOV.UK summary list: each answer with its "Změnit" link, for checking before a change. */
export function SummaryList({ rows, changeText }: { rows: readonly SummaryRow[]; changeText: string }) {
  return (
    <dl className="max-w-3xl divide-y divide-slate-300 border-y border-slate-300 bg-white">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 px-1 py-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto] sm:gap-4">
          <dt className="font-semibold text-slate-900">{row.key}</dt>
          <dd className="min-w-0 whitespace-pre-line break-words text-slate-900">{row.value}</dd>
          <dd className="sm:text-right">
            {row.changeHref ? (
              <Link href={row.changeHref} className="text-blue-900 underline">
                {changeText}
                <span className="sr-only"> {row.changeLabel ?? row.key}</span>
              </Link>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
