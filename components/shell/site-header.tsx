import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { Actor } from "@/lib/permissions";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

/** The banner: app name, who is signed in and as what, language, sign-out; then the navigation. */
export async function SiteHeader({ actor }: { actor: Actor | null }) {
  const t = await getTranslations();
  return (
    <header>
      <div className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <div>
            <Link href="/" className="text-xl font-bold text-white no-underline hover:underline">
              {t("common.appName")}
            </Link>
            <p className="text-sm text-slate-200">{t("common.appTagline")}</p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            {actor ? (
              <div className="text-sm" aria-label={t("shell.userMenu")} role="group">
                <p className="font-semibold">
                  <Link href="/profile" className="text-white">
                    {actor.name}
                    <span className="sr-only"> – {t("reminders.profile.link")}</span>
                  </Link>
                </p>
                <p className="text-slate-200">{t("shell.role", { role: t(`enums.role.${actor.role}`) })}</p>
              </div>
            ) : null}
            <LanguageSwitch />
            {actor ? <SignOutButton /> : null}
          </div>
        </div>
      </div>
      {actor ? <MainNav actor={actor} /> : null}
    </header>
  );
}
