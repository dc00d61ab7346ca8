import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnonymiseConfirm } from "@/components/people/forms";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { answersFrom } from "@/lib/check-answers";
import { ANONYMISE_FIELDS, anonymiseReviewSchema, previewAnonymise } from "@/lib/people/anonymise";
import { loadPersonForEdit } from "@/lib/people/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("personAnonymiseCheck") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Check your answers (GOV.UK) before a person's personal data is removed for good: what goes,
 * what stays, the reason with "Změnit", and the confirmation. Nothing is saved before the button.
 */
export default async function AnonymiseCheckPage({ params, searchParams }: Props) {
  const { actor, person } = await loadPersonForEdit((await params).id);
  if (person.anonymisedAt) notFound();
  const answers = answersFrom(await searchParams, ANONYMISE_FIELDS);
  const query = new URLSearchParams(answers).toString();
  const formPath = `/people/${person.id}/anonymise`;
  const parsed = anonymiseReviewSchema.safeParse({ ...answers, id: person.id });
  if (!parsed.success) redirect(`${formPath}?${query}`);
  const [t, preview] = await Promise.all([getTranslations("people.anonymiseForm"), previewAnonymise(actor, { id: person.id })]);
  const name = [person.title, person.firstName, person.lastName].filter(Boolean).join(" ");
  return (
    <>
      <PageHeader title={t("checkTitle", { name: `${person.firstName} ${person.lastName}` })} description={t("checkIntro")} />
      <h2 className="mb-3 text-xl font-bold text-slate-900">{t("removed")}</h2>
      <SummaryList
        changeText={t("change")}
        rows={[
          { key: t("fieldName"), value: name },
          { key: t("fieldEmail"), value: person.email ?? "—" },
          { key: t("fieldPhone"), value: person.phone ?? "—" },
        ]}
      />
      <h2 className="mb-3 mt-6 text-xl font-bold text-slate-900">{t("kept")}</h2>
      <ul className="mb-6 max-w-3xl list-disc space-y-2 pl-6 text-slate-900">
        <li>{t("keptSeats", { count: preview.seats })}</li>
        <li>{t("keptAttendances", { count: preview.attendances })}</li>
        <li>{preview.sealedHistory ? t("historySealed") : t("historyNone")}</li>
      </ul>
      <h2 className="mb-3 text-xl font-bold text-slate-900">{t("yourAnswers")}</h2>
      <SummaryList
        changeText={t("change")}
        rows={[{ key: t("reason"), value: parsed.data.reason, changeHref: `${formPath}?${query}#field-reason` }]}
      />
      <div className="mt-6">
        <AnonymiseConfirm answers={{ id: person.id, version: answers.version ?? "", reason: answers.reason ?? "" }} />
      </div>
      <p className="mt-4">
        <Link href={`/people/${person.id}`} className="text-blue-900 underline">{t("cancel")}</Link>
      </p>
    </>
  );
}
