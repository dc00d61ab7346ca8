import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { FormError, StatusMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { MESSAGES } from "@/lib/errors";
import { REMINDER_MODES } from "@/lib/reminders/kinds";
import { myReminderPreferences } from "@/lib/reminders/queries";
import { saveReminderPreferencesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reminders.profile");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The signed-in user's account and their e-mail reminders, one radio group per kind. */
export default async function ProfilePage({ searchParams }: Props) {
  const actor = await requirePermission("reminders.own", "/profile");
  const params = await searchParams;
  const [prefs, t] = await Promise.all([myReminderPreferences(actor, undefined), getTranslations()]);

  return (
    <>
      <PageHeader title={t("reminders.profile.title")} description={t("reminders.profile.description")} />
      <div className="mb-4">
        <StatusMessage message={params.saved ? t("reminders.profile.saved") : null} />
        {params.refused ? <FormError message={MESSAGES.invalid} /> : null}
      </div>
      <section aria-labelledby="profile-account" className="mb-8">
        <h2 id="profile-account" className="mb-3 text-xl font-bold text-slate-900">{t("reminders.profile.account")}</h2>
        <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t("reminders.profile.email")}</dt>
          <dd className="break-all">{actor.email}</dd>
          <dt className="font-semibold">{t("reminders.profile.role")}</dt>
          <dd>{t(`enums.role.${actor.role}`)}</dd>
        </dl>
      </section>
      <section aria-labelledby="profile-reminders">
        <h2 id="profile-reminders" className="mb-3 text-xl font-bold text-slate-900">{t("reminders.profile.remindersTitle")}</h2>
        {prefs.length === 0 ? (
          <p>{t("reminders.profile.none")}</p>
        ) : (
          <form action={saveReminderPreferencesAction} className="max-w-3xl space-y-6">
            <p>{t("reminders.profile.remindersIntro")}</p>
            {prefs.map(({ kind, mode }) => (
              <fieldset key={kind} className="rounded border border-slate-300 p-4" aria-describedby={`hint-${kind}`}>
                <legend className="px-1 font-semibold">{t(`reminders.kind.${kind}`)}</legend>
                <p id={`hint-${kind}`} className="mb-2 text-sm text-slate-700">{t(`reminders.kindHint.${kind}`)}</p>
                <div className="flex flex-wrap gap-x-6 gap-y-2">
                  {REMINDER_MODES.map((m) => (
                    <label key={m} className="inline-flex items-center gap-2">
                      <input type="radio" name={kind} value={m} defaultChecked={m === mode} className="h-5 w-5" />
                      {t(`reminders.mode.${m}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
            <Button type="submit">{t("reminders.profile.save")}</Button>
          </form>
        )}
      </section>
    </>
  );
}
