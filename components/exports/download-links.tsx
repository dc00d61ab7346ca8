"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * Plain links to the streaming route: the browser starts the download at once and shows its
 * progress in its own download bar (the file arrives as it is read). The note after a click
 * tells screen-reader users the same.
 */
export function DownloadLinks({ links, startedText }: { links: { href: string; label: string }[]; startedText: string }) {
  const [started, setStarted] = useState(false);
  return (
    <div>
      <div className="flex flex-wrap gap-3">
        {links.map((l) => (
          <a key={l.href} href={l.href} download className={buttonClass("primary")} onClick={() => setStarted(true)}>
            {l.label}
          </a>
        ))}
      </div>
      <p role="status" className="mt-2 text-slate-800">{started ? startedText : ""}</p>
    </div>
  );
}
