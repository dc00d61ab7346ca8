import type { Block } from "@/lib/council-report/blocks";

/** The report's blocks as a print-friendly page: the same layout the files are drawn from. */
export function ReportView({ blocks }: { blocks: readonly Block[] }) {
  let headings = 0;
  const ids = blocks.map((b) => (b.kind === "heading" ? `oddil-${++headings}` : ""));
  return (
    <article lang="cs" className="report max-w-3xl space-y-3 leading-relaxed text-slate-900 [overflow-wrap:anywhere] print:max-w-none">
      {blocks.map((b, i) => {
        switch (b.kind) {
          case "title":
            return (
              <h2 key={i} className="text-2xl font-bold">
                {b.text}
              </h2>
            );
          case "toc":
            return (
              <nav key={i} aria-label="Obsah" className="print:break-after-page">
                <h3 className="text-lg font-bold">Obsah</h3>
                <ol className="list-decimal pl-6">
                  {blocks.map((h, j) =>
                    h.kind === "heading" && h.level === 1 ? (
                      <li key={j}>
                        <a className="text-blue-800 underline" href={`#${ids[j]}`}>
                          {h.text}
                        </a>
                      </li>
                    ) : null,
                  )}
                </ol>
              </nav>
            );
          case "heading":
            return b.level === 1 ? (
              <h3 key={i} id={ids[i]} className="pt-4 text-xl font-bold print:break-before-page">
                {b.text}
              </h3>
            ) : (
              <h4 key={i} id={ids[i]} className="pt-2 text-lg font-semibold">
                {b.text}
              </h4>
            );
          case "paragraph":
            return (
              <p key={i} className={b.note ? "text-sm italic text-slate-700" : undefined}>
                {b.text}
              </p>
            );
          case "list":
            return (
              <ul key={i} className="list-disc pl-6">
                {b.items.map((x, j) => (
                  <li key={j}>{x}</li>
                ))}
              </ul>
            );
          case "table":
            return (
              // `relative` keeps anything positioned inside the scroll box (screen-reader text) from
              // widening the page; tabIndex lets a keyboard scroll it (as components/ui/table.tsx).
              <div key={i} tabIndex={0} className="relative max-w-full overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="p-1 text-left font-semibold">{b.caption}</caption>
                  <thead>
                    <tr>
                      {b.headers.map((h, j) => (
                        <th key={j} scope="col" className="border border-slate-500 bg-slate-100 p-1">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((r, j) => (
                      <tr key={j}>
                        {r.map((c, k) => (
                          <td key={k} className="border border-slate-500 p-1 align-top">
                            {c}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </article>
  );
}
