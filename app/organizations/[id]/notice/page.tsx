import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoticeRuleForm } from "@/components/notice/notice-rule-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { todayInPrague } from "@/lib/dates";
import { getNoticeRule } from "@/lib/notice/queries";
import { getOrganisation } from "@/lib/organisations/queries";
import { z } from "@/lib/validation";
import { shortName } from "@/lib/registry/display-name";
import { uiLocale } from "@/lib/i18n/ui-locale";

/** A coordinator records the organisation's withdrawal rule from its statutes. */
export default async function NoticeRulePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("rules.write");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [organisation, notice, t, locale] = await Promise.all([
    getOrganisation(actor, { id }),
    getNoticeRule(actor, { organisationId: id, today: todayInPrague() }),
    getTranslations("noticeRules.form"),
    uiLocale(),
  ]);
  if (!organisation) notFound();
  const o = organisation.organisation;
  return (
    <>
      <PageHeader title={t("title", { name: shortName(o, locale) })} />
      <NoticeRuleForm organisationId={id} rule={notice?.rule ?? null} />
    </>
  );
}
