import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getActor } from "@/lib/auth/session";
import { env, oidcEnabled } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signin");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** /signin?callbackUrl=<path on this site>&error=<next-auth error code> */
export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  if (await getActor()) redirect(callbackUrl);
  const t = await getTranslations("signin");

  return (
    <div className="mx-auto max-w-md rounded border border-slate-300 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-800">{t("intro")}</p>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={first(params.error) ?? null}
        oidcName={oidcEnabled() ? env().OIDC_NAME : null}
      />
    </div>
  );
}
