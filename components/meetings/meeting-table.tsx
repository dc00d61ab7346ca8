import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { placeOf } from "@/lib/meetings/place";
import type { MeetingSummary } from "@/lib/meetings/queries";

/** Meetings as a table: date, title (linked to the meeting's page), organisation, place. */
export async function MeetingTable({ caption, rows, captionHidden }: { caption: string; rows: MeetingSummary[]; captionHidden?: boolean }) {
  const [t, te, locale] = await Promise.all([getTranslations("meetings"), getTranslations("enums"), getLocale() as Promise<Locale>]);
  return (
    <Table caption={caption} captionHidden={captionHidden}>
      <thead>
        <tr>
          <Th>{t("date")}</Th><Th>{t("meeting")}</Th><Th>{t("organisation")}</Th><Th>{t("place")}</Th>
          <Th className="text-right">{t("attendeeCount")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr><Td colSpan={5}>{t("empty")}</Td></tr>
        ) : (
          rows.map((m) => (
            <tr key={m.id}>
              <Td className="whitespace-nowrap">
                {formatDate(m.startsOn, locale)}{m.endsOn !== m.startsOn ? ` – ${formatDate(m.endsOn, locale)}` : ""}
              </Td>
              <Td>
                <Link href={`/meetings/${m.id}`} className="font-semibold text-blue-900 underline" lang="cs">{m.title}</Link>
                <span className="block text-sm text-slate-700">{te(`meetingKind.${m.kind}`)}</span>
              </Td>
              <Td>
                {m.organisationName}
                {m.bodyName ? <span className="block text-sm text-slate-700">{m.bodyName}</span> : null}
              </Td>
              <Td>{placeOf(m, t("online"))}</Td>
              <Td className="text-right">{m.attendees}</Td>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
