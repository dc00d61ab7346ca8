import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Rendered with HTTP 403 when a page calls forbidden() (lib/auth/guard.ts requirePermission). */
export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold text-slate-700">403</p>
      <h1 className="mb-4 text-3xl font-bold text-slate-900">{t("forbiddenTitle")}</h1>
      <p className="mb-2 text-slate-800">{t("forbiddenText")}</p>
      <p className="mb-6 text-slate-800">{t("forbiddenHelp")}</p>
      <Link href="/" className="font-semibold">
        {t("goHome")}
      </Link>
    </div>
  );
}
