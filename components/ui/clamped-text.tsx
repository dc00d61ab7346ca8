import { useTranslations } from "next-intl";
import { cx } from "./cx";

/** Roughly four lines of a table cell or a narrow column; shorter texts are shown whole. */
const LONG_CHARS = 320;
const LONG_LINES = 4;

/**
 * A long text shown as its first four lines with "více" (a <details> toggle: no JavaScript). The
 * whole text is always in the page, so a screen reader and the browser's search read all of it;
 * only what is drawn is clamped (CSS line-clamp, lifted while the disclosure is open).
 */
/** `lang`: the text's own language where it differs from the UI's (typed in Czech: "cs"), not the toggle's. */
export function ClampedText({ text, className, label, lang }: { text: string; className?: string; label?: string; lang?: string }) {
  const t = useTranslations("common");
  const long = text.length > LONG_CHARS || text.split("\n").length > LONG_LINES;
  const base = cx("whitespace-pre-line break-words", className);
  if (!long) return <p lang={lang} className={base}>{text}</p>;
  return (
    <div className="group/clamp">
      <p lang={lang} className={cx(base, "line-clamp-4 group-has-[details[open]]/clamp:line-clamp-none")}>{text}</p>
      <details className="group/more">
        <summary className="mt-1 inline-block cursor-pointer text-blue-900 underline">
          <span className="group-open/more:hidden">{t("more")}</span>
          <span className="hidden group-open/more:inline">{t("less")}</span>
          {label ? <span className="sr-only">: {label}</span> : null}
        </summary>
      </details>
    </div>
  );
}
