import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { SetPasswordForm } from "@/components/users/set-password-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { setPasswordTokenOwner, setPasswordTokenState } from "@/lib/users/set-password";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("setPassword") };
}

/**
 * The page a one-time set-password link opens, without sign-in (the link is the credential;
 * proxy.ts lets it through). Opening it changes nothing; the form does. An expired, used or
 * unknown link gets a page that says so and what to do.
 */
export default async function SetPasswordPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { done } = await searchParams;
  const t = await getTranslations("setPassword");
  const state = await setPasswordTokenState(token);

  if (done && state === "used") {
    return (
      <div className="mx-auto max-w-md">
        <PageHeader title={t("title")} />
        <StatusMessage message={t("done")} />
        <p className="mt-5">
          <ButtonLink href="/signin">{t("signIn")}</ButtonLink>
        </p>
      </div>
    );
  }
  if (state !== "valid") {
    return (
      <div className="mx-auto max-w-md">
        <PageHeader title={t(`${state}Title`)} />
        <p className="text-slate-900">{t(state)}</p>
        <p className="mt-5">
          <ButtonLink href="/signin" variant="secondary">{t("signIn")}</ButtonLink>
        </p>
      </div>
    );
  }
  const email = (await setPasswordTokenOwner(token)) ?? "";
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("title")} description={t("intro")} />
      <p className="mb-5 text-slate-900">{email}</p>
      <SetPasswordForm token={token} email={email} passwordMinLength={PASSWORD_MIN_LENGTH} />
    </div>
  );
}
