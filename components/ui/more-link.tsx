import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Under a list the home page or the dashboard caps: how many more there are ("a dalších 7"), linked to the whole
 * list; or, with nothing hidden, a plain link to it.
 */
export async function MoreLink({ shown, total, href, list }: { shown: number; total: number; href: string; list: string }) {
  const t = await getTranslations("home");
  const more = total - shown;
  return (
    <p className="mt-3">
      <Link href={href} className="font-semibold text-blue-900 underline" data-testid="home-more">
        {more > 0 ? t("andMore", { count: more }) : t("showAll")}
        <span className="sr-only"> – {list}</span>
      </Link>
    </p>
  );
}
