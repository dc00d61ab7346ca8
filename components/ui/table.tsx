import type { ComponentProps, ReactNode } from "react";

/**
 * A data table with a caption (its accessible name). On a narrow screen it scrolls sideways inside
 * its own box, never the page (WCAG 1.4.10): the box takes keyboard focus, so it can be scrolled
 * with the arrow keys, and `relative` keeps screen-reader-only text inside. (It is not a named
 * region: the table's caption already names the table, and a second name would repeat it.)
 */
export function Table({ caption, captionHidden, children }: { caption: string; captionHidden?: boolean; children: ReactNode }) {
  return (
    <div
      tabIndex={0}
      className="relative max-w-full overflow-x-auto rounded border border-slate-300 bg-white"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className={captionHidden ? "sr-only" : "p-3 text-left font-semibold text-slate-900"}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A header cell; its look comes from app/globals.css (base layer), `className` adds to it. */
export function Th({ scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} {...props} />;
}

/** A data cell; its look comes from app/globals.css (base layer), `className` adds to it. */
export function Td(props: ComponentProps<"td">) {
  return <td {...props} />;
}
