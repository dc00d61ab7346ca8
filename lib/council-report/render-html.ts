import type { Block } from "./blocks";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Anchor ids of the headings, shared with the contents list. */
function headingIds(blocks: readonly Block[]): Map<number, string> {
  const ids = new Map<number, string>();
  blocks.forEach((b, i) => {
    if (b.kind === "heading") ids.set(i, `oddil-${ids.size + 1}`);
  });
  return ids;
}

/**
 * The report as one self-contained, print-friendly HTML page (what a final report stores): no
 * script, no external resource, the system's fonts, A4 print styles.
 */
export function renderHtml(blocks: readonly Block[], title: string): string {
  const ids = headingIds(blocks);
  const body = blocks
    .map((b, i) => {
      switch (b.kind) {
        case "title":
          return `<h1>${esc(b.text)}</h1>`;
        case "toc": {
          const items = blocks
            .map((h, j) => (h.kind === "heading" && h.level === 1 ? `<li><a href="#${ids.get(j)}">${esc(h.text)}</a></li>` : ""))
            .join("");
          return `<nav aria-labelledby="obsah"><h2 id="obsah">Obsah</h2><ol>${items}</ol></nav>`;
        }
        case "heading":
          return b.level === 1 ? `<h2 id="${ids.get(i)}">${esc(b.text)}</h2>` : `<h3 id="${ids.get(i)}">${esc(b.text)}</h3>`;
        case "paragraph":
          return `<p${b.note ? ' class="note"' : ""}>${esc(b.text)}</p>`;
        case "list":
          return `<ul>${b.items.map((x) => `<li>${esc(x)}</li>`).join("")}</ul>`;
        case "table":
          return (
            `<table><caption>${esc(b.caption)}</caption><thead><tr>${b.headers.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>` +
            `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`
          );
      }
    })
    .join("\n");
  return `<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font-family:system-ui,"DejaVu Sans",Arial,sans-serif;line-height:1.5;color:#0b0c0c;max-width:50rem;margin:0 auto;padding:1rem;hyphens:auto;overflow-wrap:anywhere}
h1{font-size:1.8rem}h2{font-size:1.4rem;margin-top:2rem}h3{font-size:1.1rem}
table{border-collapse:collapse;width:100%;margin:0.5rem 0 1rem;font-size:0.9rem;display:block;overflow-x:auto}
caption{text-align:left;font-weight:bold}th,td{border:1px solid #505a5f;padding:0.25rem 0.4rem;text-align:left;vertical-align:top}
thead th{background:#f3f2f1}.note{font-style:italic;color:#505a5f}a{color:#1d70b8}
@media print{@page{size:A4;margin:2cm}body{max-width:none;padding:0}h2{break-before:page}nav h2{break-before:auto}table{display:table}thead{display:table-header-group}tr{break-inside:avoid}a{color:inherit}}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
