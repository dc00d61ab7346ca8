import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./i18n/config";
import cs from "./i18n/messages/cs.json";
import en from "./i18n/messages/en.json";
import type { BadRequestReason } from "./request-guard";

/**
 * The pages the app answers before (or instead of) rendering: a URL no page can take (400) and
 * the database outage (503). Plain HTML, no script, so they work when nothing else does and pass
 * the CSP; in the user's language first, then in the other one.
 */
const MESSAGES: Record<Locale, typeof cs.statusPages> = { cs: cs.statusPages, en: en.statusPages };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Section = (m: typeof cs.statusPages) => { title: string; paragraphs: string[]; link: { href: string; label: string } };

function render(locale: string | undefined, section: Section): string {
  const first: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const order = [first, ...LOCALES.filter((l) => l !== first)];
  const parts = order.map((l, i) => {
    const s = section(MESSAGES[l]);
    const heading = i === 0 ? "h1" : "h2";
    return `<section lang="${l}"><${heading}>${escape(s.title)}</${heading}>${s.paragraphs
      .map((p) => `<p>${escape(p)}</p>`)
      .join("")}<p><a href="${escape(s.link.href)}">${escape(s.link.label)}</a></p></section>`;
  });
  const title = section(MESSAGES[first]).title;
  return `<!doctype html><html lang="${first}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>body{font-family:system-ui,sans-serif;color:#0f172a;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}section+section{margin-top:2rem;border-top:1px solid #cbd5e1;padding-top:1rem}a{color:#1e3a8a;font-weight:600}</style></head><body><main>${parts.join("")}</main></body></html>`;
}

const HTML_HEADERS = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" };

/** HTTP 400 for a URL that badRequestReason() refuses. */
export function badRequestResponse(reason: BadRequestReason, locale: string | undefined): Response {
  const key = reason === "path" ? "badRequestPath" : reason === "text" ? "badRequestText" : "badRequestDate";
  const html = render(locale, (m) => ({ title: m.badRequestTitle, paragraphs: [m[key]], link: { href: "/", label: m.goHome } }));
  return new Response(html, { status: 400, headers: HTML_HEADERS });
}

/**
 * HTTP 503 while the database cannot be reached; its link leads back to where the user was. It
 * does not reload itself: a timed refresh takes the page away from someone still reading it
 * (WCAG 2.2.1), so Retry-After tells machines and the text tells people.
 */
export function unavailableResponse(locale: string | undefined, back: string, retryAfterSeconds = 10): Response {
  const html = render(locale, (m) => ({
    title: m.unavailableTitle,
    paragraphs: [m.unavailableText, m.unavailableHelp],
    link: { href: back, label: m.retry },
  }));
  return new Response(html, { status: 503, headers: { ...HTML_HEADERS, "Retry-After": String(retryAfterSeconds) } });
}
