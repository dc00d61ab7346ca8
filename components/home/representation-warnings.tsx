import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { can, type Actor } from "@/lib/permissions";
import { listRepresentationWarnings } from "@/lib/representation/warnings";
import { HOME_CAP } from "@/lib/home/queries";
import { MoreLink } from "@/components/ui/more-link";

const LINK = "font-semibold text-blue-900 underline";

/**
 * Vacancies and warnings on the home page of coordinators and managers, each with a link to fix
 * it: coordinators go straight to the form, managers (who read) to the page where it shows.
 */
export async function RepresentationWarnings({ actor }: { actor: Actor }) {
  const [w, t, te, locale] = await Promise.all([
    listRepresentationWarnings(actor, { limit: HOME_CAP }),
    getTranslations("people.warnings"),
    getTranslations("enums"),
    getLocale() as Promise<Locale>,
  ]);
  const writes = can(actor.role, "registry.write");
  const nothing = w.vacancies.total + w.endingSoon.total + w.leftOrMoved.total === 0;
  const seatOf = (r: { organisationName: string; bodyName: string | null }) =>
    r.bodyName ? `${r.organisationName} – ${r.bodyName}` : r.organisationName;

  return (
    <section aria-labelledby="representation-warnings" className="rounded border border-slate-300 bg-white p-5 shadow-sm md:col-span-2">
      <h2 id="representation-warnings" className="mb-3 text-lg font-bold text-slate-900">{t("title")}</h2>
      {nothing ? <p>{t("none")}</p> : null}

      {w.vacancies.total > 0 ? (
        <>
          <h3 className="mt-3 font-semibold text-slate-900">{t("vacancies", { count: w.vacancies.total })}</h3>
          <ul aria-label={t("vacancies", { count: w.vacancies.total })} className="mt-1 list-disc space-y-1 pl-6">
            {w.vacancies.rows.map((v) => {
              const seat = v.bodyId ? `${v.organisationName} – ${v.bodyName}` : `${v.organisationName} – ${te("representationRole.primary_contact")}`;
              const fill = v.bodyId
                ? `/representation/new?organisationId=${v.organisationId}&bodyId=${v.bodyId}&role=forum_member`
                : `/representation/new?organisationId=${v.organisationId}&role=primary_contact`;
              return (
                <li key={`${v.organisationId}:${v.bodyId ?? ""}`}>
                  {seat} ({v.vacantSince ? t("vacantSince", { date: formatDate(v.vacantSince, locale) }) : t("neverFilled")}){" · "}
                  {writes ? (
                    <Link href={fill} className={LINK} aria-label={t("fixOf", { seat })}>
                      {t("fix")}
                    </Link>
                  ) : (
                    <Link href={`/organizations/${v.organisationId}#representatives`} className={LINK} aria-label={t("openOf", { name: v.organisationName })}>
                      {t("open")}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
          <MoreLink shown={w.vacancies.rows.length} total={w.vacancies.total} href="/representation" list={t("vacancies", { count: w.vacancies.total })} />
        </>
      ) : null}

      {w.endingSoon.total > 0 ? (
        <>
          <h3 className="mt-4 font-semibold text-slate-900">{t("endingSoon", { count: w.endingSoon.total })}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {w.endingSoon.rows.map((r) => (
              <li key={r.id}>
                {r.holder}, {te(`representationRole.${r.role}`)}, {seatOf(r)} ({t("endsOn", { date: formatDate(r.validTo, locale) })}){" · "}
                {writes ? (
                  <Link href={`/representation/${r.id}/edit`} className={LINK} aria-label={t("extendOf", { holder: r.holder })}>{t("extend")}</Link>
                ) : (
                  <Link href={`/organizations/${r.organisationId}#representatives`} className={LINK} aria-label={t("openOf", { name: r.organisationName })}>{t("open")}</Link>
                )}
              </li>
            ))}
          </ul>
          <MoreLink shown={w.endingSoon.rows.length} total={w.endingSoon.total} href="/representation" list={t("endingSoon", { count: w.endingSoon.total })} />
        </>
      ) : null}

      {w.leftOrMoved.total > 0 ? (
        <>
          <h3 className="mt-4 font-semibold text-slate-900">{t("leftOrMoved", { count: w.leftOrMoved.total })}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {w.leftOrMoved.rows.map((r) => (
              <li key={r.id}>
                {r.holder}, {te(`representationRole.${r.role}`)}, {seatOf(r)} (
                {r.reason === "left" && r.leftOn
                  ? t("leftReason", { date: formatDate(r.leftOn, locale) })
                  : r.departmentCode
                    ? t("movedReason", { code: r.departmentCode })
                    : t("movedNoDepartment")}
                ){" · "}
                {writes ? (
                  <Link href={`/representation/${r.id}/end`} className={LINK} aria-label={t("endOf", { holder: r.holder })}>{t("end")}</Link>
                ) : (
                  <Link href={`/organizations/${r.organisationId}#representatives`} className={LINK} aria-label={t("openOf", { name: r.organisationName })}>{t("open")}</Link>
                )}
              </li>
            ))}
          </ul>
          <MoreLink shown={w.leftOrMoved.rows.length} total={w.leftOrMoved.total} href="/representation" list={t("leftOrMoved", { count: w.leftOrMoved.total })} />
        </>
      ) : null}

      <p className="mt-4"><Link href="/representation" className={LINK}>{t("more")}</Link></p>
    </section>
  );
}
