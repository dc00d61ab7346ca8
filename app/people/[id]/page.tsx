import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SeatTable } from "@/components/representation/seat-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getPerson } from "@/lib/people/queries";
import { can } from "@/lib/permissions";
import { splitByDate } from "@/lib/representation/seats";
import { z } from "@/lib/validation";

type Props = { params: Promise<{ id: string }> };

async function load({ params }: Props) {
  const actor = await requirePermission("registry.read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const person = await getPerson(actor, { id });
  if (!person) notFound();
  return { actor, person };
}

const fullName = (p: { title: string | null; firstName: string; lastName: string }) =>
  [p.title, p.firstName, p.lastName].filter(Boolean).join(" ");

export async function generateMetadata(props: Props) {
  const { person } = await load(props);
  return { title: fullName(person) };
}

export default async function PersonPage(props: Props) {
  const { actor, person } = await load(props);
  const [t, tp, locale] = await Promise.all([getTranslations("people.detail"), getTranslations("people"), getLocale() as Promise<Locale>]);
  const editable = can(actor.role, "registry.write") && !person.anonymisedAt;
  const { current, past } = splitByDate(person.seats, person.today);

  return (
    <>
      <PageHeader
        title={fullName(person)}
        description={person.departmentCode ? `${person.departmentCode} – ${person.departmentName}` : undefined}
        actions={
          editable ? (
            <>
              <ButtonLink href={`/representation/new?personId=${person.id}`} variant="secondary">{t("addSeat")}</ButtonLink>
              <ButtonLink href={`/people/${person.id}/edit`} variant="secondary">{t("edit")}</ButtonLink>
              <ButtonLink href={`/people/${person.id}/anonymise`} variant="danger">{t("anonymise")}</ButtonLink>
            </>
          ) : null
        }
      />
      <section aria-labelledby="person-details">
        <h2 id="person-details" className="mb-3 text-xl font-bold text-slate-900">{t("details")}</h2>
        <dl className="grid gap-x-6 gap-y-2 rounded border border-slate-300 bg-white p-4 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{tp("email")}</dt>
          <dd>{person.email ? <a href={`mailto:${person.email}`} className="text-blue-900 underline">{person.email}</a> : "—"}</dd>
          <dt className="font-semibold">{tp("phone")}</dt>
          <dd>{person.phone ?? "—"}</dd>
          <dt className="font-semibold">{tp("department")}</dt>
          <dd>{person.departmentCode ?? "—"}</dd>
          {person.leftOn ? (<><dt className="font-semibold">{t("leftOn")}</dt><dd>{formatDate(person.leftOn, locale)}</dd></>) : null}
          {person.anonymisedAt ? (<><dt className="font-semibold">{t("anonymisedAt")}</dt><dd>{formatDateTime(person.anonymisedAt, locale)}</dd></>) : null}
          <dt className="font-semibold">{t("attended")}</dt>
          <dd>{t("attendedCount", { count: person.attendedMeetings })}</dd>
        </dl>
      </section>

      <section aria-labelledby="person-current" className="mt-8">
        <h2 id="person-current" className="mb-3 text-xl font-bold text-slate-900">{t("currentSeats")}</h2>
        {current.length === 0 ? (
          <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("noSeats")}</p>
        ) : (
          <SeatTable seats={current} caption={t("currentSeats")} columns={["organisation", "body"]} editable={editable} />
        )}
      </section>
      <section aria-labelledby="person-past" className="mt-8">
        <h2 id="person-past" className="mb-3 text-xl font-bold text-slate-900">{t("pastSeats")}</h2>
        {past.length === 0 ? (
          <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("noPastSeats")}</p>
        ) : (
          <SeatTable seats={past} caption={t("pastSeats")} columns={["organisation", "body"]} editable={editable} />
        )}
      </section>
    </>
  );
}
