import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FeeDeadlines } from "@/components/home/fee-deadlines";
import { RepresentationWarnings } from "@/components/home/representation-warnings";
import { MoreLink } from "@/components/ui/more-link";
import { AuditorStart, ManagerStart, NoticeDeadlines, StaffStart } from "@/components/home/role-tasks";
import { TripReports } from "@/components/home/trip-reports";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { HOME_CAP } from "@/lib/home/queries";
import { can } from "@/lib/permissions";
import { listOrganisationNames } from "@/lib/registry/queries";
import { countUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

/**
 * The signed-in user's overview: what their role comes for, and what needs doing now. Staff:
 * record a meeting, their meetings, trip reports owed with deadlines; coordinators: fees due,
 * reports owed, notice deadlines, vacancies; managers: the dashboard and the year's assessments
 * still missing; auditors: exports and the audit log. Each list shows a few and counts the rest.
 */
export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const manageUsers = can(actor.role, "users.manage");
  const [organisations, userCounts] = await Promise.all([
    listOrganisationNames(actor, undefined),
    manageUsers ? countUsers(actor, undefined) : null,
  ]);
  const role = t(`enums.role.${actor.role}`);

  return (
    <>
      <PageHeader title={t("home.greeting", { name: actor.name })} description={t("home.yourRole", { role })} />
      <p className="mb-6 max-w-3xl text-slate-800">{t(`roleDescriptions.${actor.role}`)}</p>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2 [&>*]:min-w-0">
        {actor.role === "staff" ? <StaffStart /> : null}
        {actor.role === "manager" ? <ManagerStart actor={actor} /> : null}
        {actor.role === "auditor" ? <AuditorStart /> : null}
        {can(actor.role, "registry.write") ? <FeeDeadlines actor={actor} /> : null}
        {actor.role === "staff" || actor.role === "coordinator" ? <TripReports actor={actor} /> : null}
        {actor.role === "coordinator" || actor.role === "manager" ? <NoticeDeadlines actor={actor} /> : null}
        {actor.role === "coordinator" || actor.role === "manager" ? <RepresentationWarnings actor={actor} /> : null}
        {userCounts ? (
          <Card title={t("home.usersCard")}>
            <p className="mb-3">
              {t("home.usersCount", { count: userCounts.total })} ({t("home.usersActiveCount", { count: userCounts.active })})
            </p>
            <Link href="/admin/users" className="font-semibold">
              {t("home.manageUsers")}
            </Link>
          </Card>
        ) : null}
        <Card title={t("home.registryCard")}>
          <p className="mb-3">{t("home.organisationsCount", { count: organisations.length })}</p>
          {organisations.length > 0 ? (
            <ul aria-label={t("home.organisationsList")} className="list-disc space-y-1 pl-6">
              {organisations.slice(0, HOME_CAP).map((o) => (
                <li key={o.id}>
                  {o.label}
                </li>
              ))}
            </ul>
          ) : null}
          <MoreLink shown={Math.min(HOME_CAP, organisations.length)} total={organisations.length} href="/organizations" list={t("home.organisationsList")} />
        </Card>
      </div>
    </>
  );
}
