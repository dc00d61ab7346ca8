import type { ComponentProps, ReactNode } from "react";

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

/** A header cell; its look comes from app/globals.css (base layer), `className` adds to it. */
export function Th({ scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} {...props} />;
}

/** A data cell; its look comes from app/globals.css (base layer), `className` adds to it. */
export function Td(props: ComponentProps<"td">) {
  return <td {...props} />;
}
