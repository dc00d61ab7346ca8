import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** HTTP 404: unknown addresses and records (pages call notFound()). */
export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold text-slate-700">404</p>
      <h1 className="mb-4 text-3xl font-bold text-slate-900">{t("notFoundTitle")}</h1>
      <p className="mb-6 text-slate-800">{t("notFoundText")}</p>
      <Link href="/" className="font-semibold">
        {t("goHome")}
      </Link>
    </div>
  );
}
