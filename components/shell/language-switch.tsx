import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/language/actions";
import { LOCALES } from "@/lib/i18n/config";

/**
 * One button per language inside a labelled group; the current one is marked pressed. Each
 * language names itself in its own language (and `lang`), so it is recognisable to anyone.
 */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <form action={setLocale}>
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">{t("label")}</legend>
        {LOCALES.map((l) => (
          <button
            key={l}
            type="submit"
            name="locale"
            value={l}
            lang={l}
            aria-pressed={l === locale}
            className={
              l === locale
                ? "rounded border border-white bg-white px-2 py-1 text-sm font-semibold text-slate-900"
                : "rounded border border-slate-300 px-2 py-1 text-sm font-semibold text-white underline-offset-2 hover:underline"
            }
          >
            {t(l)}
          </button>
        ))}
      </fieldset>
    </form>
  );
}
