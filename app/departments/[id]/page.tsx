import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SeatTable } from "@/components/representation/seat-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { getDepartment } from "@/lib/people/queries";
import { can } from "@/lib/permissions";
import { splitByDate } from "@/lib/representation/seats";
import { z } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("department") };
}

export default async function DepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("registry.read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await getDepartment(actor, { id });
  if (!data) notFound();
  const [t, ts, locale] = await Promise.all([
    getTranslations("people.departments"),
    getTranslations("people.seats"),
    getLocale() as Promise<Locale>,
  ]);
  const { department: d, members, seats, scope, asOf } = data;
  const editable = can(actor.role, "registry.write");
  const { current, past } = splitByDate(seats, asOf);
  const scopeLabels = [
    ...current.filter((s) => !s.bodyId && scope.organisationIds.includes(s.organisationId)).map((s) => ({ key: s.organisationId, text: t("scopeOrganisation", { name: s.organisationName }) })),
    ...current.filter((s) => s.bodyId && scope.bodyIds.includes(s.bodyId)).map((s) => ({ key: s.bodyId!, text: `${s.organisationName} – ${s.bodyName}` })),
  ].filter((v, i, all) => all.findIndex((w) => w.key === v.key) === i);

  return (
    <>
      <PageHeader
        title={`${d.code} – ${d.name}`}
        description={d.abolishedOn ? t("abolished", { date: formatDate(d.abolishedOn, locale) }) : undefined}
        actions={
          editable ? (
            <>
              <ButtonLink href={`/representation/new?departmentId=${d.id}`} variant="secondary">{t("addSeat")}</ButtonLink>
              <ButtonLink href={`/departments/${d.id}/edit`} variant="secondary">{t("edit")}</ButtonLink>
            </>
          ) : null
        }
      />
      <section aria-labelledby="dept-scope">
        <h2 id="dept-scope" className="mb-1 text-xl font-bold text-slate-900">{t("scope", { date: formatDate(asOf, locale) })}</h2>
        <p className="mb-3 text-slate-700">{t("scopeHint")}</p>
        {scopeLabels.length === 0 ? (
          <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("scopeNone")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">{scopeLabels.map((s) => <li key={s.key}>{s.text}</li>)}</ul>
        )}
      </section>
      <section aria-labelledby="dept-seats" className="mt-8">
        <h2 id="dept-seats" className="mb-3 text-xl font-bold text-slate-900">{t("seats")}</h2>
        {current.length === 0 ? (
          <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{ts("noCurrent")}</p>
        ) : (
          <SeatTable seats={current} caption={t("seats")} columns={["holder", "organisation", "body"]} editable={editable} />
        )}
      </section>
      <section aria-labelledby="dept-past" className="mt-8">
        <h2 id="dept-past" className="mb-3 text-xl font-bold text-slate-900">{t("pastSeats")}</h2>
        {past.length === 0 ? (
          <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{ts("noPast")}</p>
        ) : (
          <SeatTable seats={past} caption={t("pastSeats")} columns={["holder", "organisation", "body"]} editable={editable} />
        )}
      </section>
      <section aria-labelledby="dept-members" className="mt-8">
        <h2 id="dept-members" className="mb-3 text-xl font-bold text-slate-900">{t("members")}</h2>
        {members.length === 0 ? (
          <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("noMembers")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {members.map((m) => (
              <li key={m.id}>
                <Link href={`/people/${m.id}`} className="text-blue-900 underline">{[m.title, m.firstName, m.lastName].filter(Boolean).join(" ")}</Link>
                {m.leftOn ? ` (${formatDate(m.leftOn, locale)})` : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
