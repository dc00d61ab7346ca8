import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { FormError, StatusMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { unsubscribeTarget } from "@/lib/reminders/queries";
import { verifyUnsubscribeToken } from "@/lib/reminders/unsubscribe-token";
import { unsubscribeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reminders.unsubscribe");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The link in every reminder. Opening it changes nothing (mail scanners open links); the button
 * does. No sign-in needed: the token is checked here and again by the action.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const t = await getTranslations("reminders");
  const claim = verifyUnsubscribeToken(token);
  const user = claim ? await unsubscribeTarget(claim.userId) : null;
  return (
    <>
      <PageHeader title={t("unsubscribe.title")} />
      {!claim || !user ? (
        <FormError message={t("unsubscribe.invalid")} />
      ) : params.done ? (
        <StatusMessage message={t("unsubscribe.done", { kind: t(`kind.${claim.kind}`) })} />
      ) : (
        <form action={unsubscribeAction} className="max-w-2xl space-y-4">
          <p>{t("unsubscribe.confirm", { kind: t(`kind.${claim.kind}`), email: user.email })}</p>
          <input type="hidden" name="token" value={token} />
          <Button type="submit">{t("unsubscribe.button")}</Button>
        </form>
      )}
    </>
  );
}
