import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

/** A data table with a caption (its accessible name) that scrolls sideways on narrow screens. */
export function Table({ caption, captionHidden, children }: { caption: ReactNode; captionHidden?: boolean; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className={captionHidden ? "sr-only" : "p-3 text-left font-semibold text-slate-900"}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cx("border-b-2 border-slate-400 bg-slate-100 px-3 py-2 font-semibold text-slate-900", className)}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cx("border-b border-slate-200 px-3 py-2 text-slate-900", className)} {...props} />;
}
