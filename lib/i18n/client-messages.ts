/**
 * The message namespaces client components read (useTranslations in a "use client" module or
 * anything it renders). Only these are serialised into every page for the browser; the server
 * components read the whole catalogue on the server. A namespace a client component needs and
 * this list lacks would show as a raw key: tests/unit/client-messages.test.ts scans the sources
 * and fails first.
 */
export const CLIENT_NAMESPACES = [
  "common",
  "councilDecisions",
  "councilReport.draft",
  "councilReport.finalise",
  "engagement.assessment",
  "enums",
  "errors",
  "feedback",
  "fees.form",
  "fees.plan",
  "fees.planPage",
  "flow",
  "meetings.calendar",
  "meetings.form",
  "meetings.report",
  "noticeRules",
  "organisations.body",
  "organisations.end",
  "organisations.form",
  "organisations.period",
  "people.anonymiseForm",
  "people.departments",
  "people.form",
  "people.representationForm",
  "rates.import",
  "scorecard",
  "setPassword",
  "signin",
  "tripReports",
  "users",
] as const;

type Messages = { [key: string]: string | Messages };

/** The catalogue cut down to `namespaces` (dotted paths), nesting kept. */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  for (const ns of namespaces) {
    const path = ns.split(".");
    let src: string | Messages | undefined = messages;
    let dst = out;
    path.forEach((key, i) => {
      if (typeof src !== "object") return;
      src = src[key];
      if (src === undefined) return;
      if (i === path.length - 1) dst[key] = src;
      else dst = (dst[key] ??= {}) as Messages;
    });
  }
  return out;
}
