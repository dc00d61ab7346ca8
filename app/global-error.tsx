"use client";

import { useEffect } from "react";
import cs from "@/lib/i18n/messages/cs.json";
import en from "@/lib/i18n/messages/en.json";

/**
 * The last resort, when the root layout itself fails (it replaces the layout, so no provider,
 * header or stylesheet is there): both languages, no internal text, a way to try again. A
 * database outage never gets here: the layout sends it to the 503 outage page instead.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  const sections = [
    { lang: "cs", m: cs.statusPages, retry: cs.errors.retry },
    { lang: "en", m: en.statusPages, retry: en.errors.retry },
  ];
  return (
    <html lang="cs">
      <body style={{ fontFamily: "system-ui, sans-serif", color: "#0f172a", maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem", lineHeight: 1.5 }}>
        <main role="alert">
          {sections.map(({ lang, m, retry: retryLabel }, i) => (
            <section key={lang} lang={lang} style={i > 0 ? { marginTop: "2rem", borderTop: "1px solid #cbd5e1", paddingTop: "1rem" } : undefined}>
              {i === 0 ? <h1>{m.errorTitle}</h1> : <h2>{m.errorTitle}</h2>}
              <p>{m.errorText}</p>
              {digest ? <p>{m.errorReference.replace("{digest}", digest)}</p> : null}
              <p>
                <button type="button" onClick={() => retry()} style={{ font: "inherit", fontWeight: 600, padding: "0.5rem 1rem" }}>
                  {retryLabel}
                </button>{" "}
                <a href="/" style={{ color: "#1e3a8a", fontWeight: 600 }}>
                  {m.goHome}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
