import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { SiteHeader } from "@/components/shell/site-header";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { getActor } from "@/lib/auth/session";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import { onDatabaseOutage } from "@/lib/outage";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s – ${t("appName")}` },
    description: t("appTagline"),
    icons: {
      icon: [{ url: "/favicon.ico", sizes: "32x32" }, { url: "/icon.svg", type: "image/svg+xml" }],
      apple: "/apple-touch-icon.png",
    },
  };
}

/**
 * The shell of every page. It reads the session (cookies), so every page is rendered per
 * request: nothing here or below touches the database at build time.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // The user is re-read from the database on every page: when it is down, the outage page (503).
  const [locale, t, messages, actor] = await Promise.all([
    getLocale(),
    getTranslations("common"),
    getMessages(),
    getActor().catch(onDatabaseOutage),
  ]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 bg-white px-4 py-2 font-semibold text-blue-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          {t("skipLink")}
        </a>
        {/* Only what client components read goes to the browser (lib/i18n/client-messages.ts). */}
        <NextIntlClientProvider messages={pickMessages(messages as never, CLIENT_NAMESPACES)}>
          <SiteHeader actor={actor} />
          <main id="main" tabIndex={-1} className="mx-auto w-full min-w-0 max-w-[90rem] flex-1 px-4 py-8 focus:shadow-none focus:outline-none">
            {/* Reads the query (the flash key), so it waits for the client; the page itself does not. */}
            <Suspense fallback={null}>
              <NotificationBanner />
            </Suspense>
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
