import { getLocale, getTranslations } from "next-intl/server";
import { CalendarTokenForm } from "@/components/calendar/token-form";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { listMyCalendarTokens } from "@/lib/calendar/queries";
import { meetingChoices } from "@/lib/meetings/queries";
import { revokeCalendarTokenAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("meetings.calendar");
  return { title: t("title") };
}

/** The user's calendar subscriptions: create one (its URL shown once), revoke any. */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ refused?: string }> }) {
  const actor = await requirePermission("registry.read", "/calendar");
  const { refused } = await searchParams;
  const [tokens, choices, t, locale] = await Promise.all([
    listMyCalendarTokens(actor, undefined),
    meetingChoices(actor, undefined),
    getTranslations("meetings.calendar"),
    getLocale() as Promise<Locale>,
  ]);
  const what = (k: (typeof tokens)[number]) =>
    k.scope === "person" ? t("forPerson", { name: k.personName ?? "—" }) : k.scope === "department" ? t("forDepartment", { code: k.departmentCode ?? "—" }) : t("scopeAll");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {refused ? <FormError message={t("revokeRefused")} /> : null}
      <p className="mb-6 max-w-prose text-slate-800">{t("lifecycle")}</p>
      <section aria-labelledby="calendar-new" className="mb-8">
        <h2 id="calendar-new" className="mb-3 text-xl font-bold text-slate-900">{t("newTitle")}</h2>
        <CalendarTokenForm departments={choices.departments} defaultDepartmentId={actor.departmentId} />
      </section>
      <section aria-labelledby="calendar-list">
        <h2 id="calendar-list" className="mb-3 text-xl font-bold text-slate-900">{t("listTitle")}</h2>
        <Table caption={t("listTitle")} captionHidden>
          <thead>
            <tr><Th>{t("what")}</Th><Th>{t("label")}</Th><Th>{t("createdAt")}</Th><Th>{t("state")}</Th><Th><span className="sr-only">{t("actions")}</span></Th></tr>
          </thead>
          <tbody>
            {tokens.length === 0 ? (
              <tr><Td colSpan={5}>{t("none")}</Td></tr>
            ) : (
              tokens.map((k) => (
                <tr key={k.id}>
                  <Td>{what(k)}</Td>
                  <Td>{k.label ?? "—"}</Td>
                  <Td className="whitespace-nowrap">{formatDateTime(k.createdAt, locale)}</Td>
                  <Td>{k.revokedAt ? t("revokedAt", { date: formatDateTime(k.revokedAt, locale) }) : t("active")}</Td>
                  <Td>
                    {k.revokedAt ? null : (
                      <form action={revokeCalendarTokenAction}>
                        <input type="hidden" name="id" value={k.id} />
                        <Button type="submit" variant="danger">{t("revoke", { what: k.label ?? what(k) })}</Button>
                      </form>
                    )}
                  </Td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
      </section>
    </>
  );
}
