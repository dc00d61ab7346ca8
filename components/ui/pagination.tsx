import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The page number from a `?page=` search parameter: anything that is not a positive integer is 1. */
export function pageFromSearchParam(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const n = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return n >= 1 ? n : 1;
}

const LINK = "rounded border border-slate-500 bg-white px-3 py-1.5 font-semibold text-blue-900 underline-offset-2 hover:underline";

/**
 * Server-side pagination: plain links (work without JS, can be bookmarked). `pageCount` null: the
 * number of pages is not known (a capped total, lib/lists/keyset.ts); the next link then shows
 * while `hasNext` says a next row exists.
 */
export async function Pagination({
  page,
  pageCount,
  hasNext,
  href,
}: {
  page: number;
  pageCount: number | null;
  hasNext?: boolean;
  href: (page: number) => string;
}) {
  const next = pageCount === null ? Boolean(hasNext) : page < pageCount;
  if (page <= 1 && !next) return null;
  const t = await getTranslations("pagination");
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={LINK} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <p className="text-slate-800">
        {pageCount === null ? t("statusOpen", { page }) : t("status", { page, pageCount })}
      </p>
      {next ? (
        <Link href={href(page + 1)} className={LINK} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
