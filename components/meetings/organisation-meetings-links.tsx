import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Under the organisation page's meetings: the full, filtered list (the section shows the latest 20). */
export async function OrganisationMeetingsLinks({ organisationId, canWrite }: { organisationId: string; canWrite: boolean }) {
  const t = await getTranslations("meetings");
  return (
    <p className="mt-3 flex flex-wrap gap-4">
      <Link href={`/meetings?organisation=${organisationId}`} className="font-semibold text-blue-900 underline">{t("allOfOrganisation")}</Link>
      {canWrite ? <Link href="/meetings/new" className="font-semibold text-blue-900 underline">{t("new")}</Link> : null}
    </p>
  );
}
