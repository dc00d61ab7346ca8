import ical, { ICalCalendarMethod } from "ical-generator";
import { addDays } from "@/lib/dates";
import { getCalendarFeed } from "@/lib/calendar/queries";

/**
 * The iCalendar feed Outlook subscribes to. The secret token in the URL is the only credential
 * (a calendar client sends no session), so the proxy lets this path through and this handler
 * checks the token: unknown or revoked → 404, the same answer, so a guess learns nothing.
 */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token: raw } = await params;
  const token = raw.replace(/\.ics$/, "");
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return notFound();
  const feed = await getCalendarFeed(token);
  if (!feed) return notFound();

  const origin = new URL(req.url).origin;
  const calendar = ical({ name: "Registr členství – jednání", method: ICalCalendarMethod.PUBLISH, prodId: { company: "MHMP", product: "registr-clenstvi", language: "CS" } });
  for (const m of feed.rows) {
    calendar.createEvent({
      id: `${m.id}@registr-clenstvi`,
      allDay: true,
      // All-day events end on the day after the last one (DTEND is exclusive).
      start: new Date(`${m.startsOn}T00:00:00Z`),
      end: new Date(`${addDays(m.endsOn, 1)}T00:00:00Z`),
      summary: `${m.organisationName}: ${m.title}`,
      location: m.online ? "Online" : [m.city, m.country].filter(Boolean).join(", ") || null,
      description: m.bodyName ?? null,
      url: `${origin}/meetings/${m.id}`,
    });
  }
  return new Response(calendar.toString(), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="jednani.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
