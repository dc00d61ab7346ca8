import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { REMINDER_KINDS } from "@/lib/reminders/kinds";
import { getOutbox, OUTBOX_PAGE_SIZE, outboxParamsSchema } from "@/lib/reminders/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reminders.outbox");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** A plain-text mail body with its links clickable, so an admin can follow what would be sent. */
function MailText({ text }: { text: string }) {
  return (
    <pre className="max-w-full whitespace-pre-wrap break-words font-sans text-sm">
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

/** For admins: mail the app would have sent (no SMTP configured) and every reminder's outcome. */
export default async function OutboxPage({ searchParams }: Props) {
  const actor = await requirePermission("mail.read", "/admin/outbox");
  const params = outboxParamsSchema.parse(await searchParams);
  const [data, t, te, locale] = await Promise.all([
    getOutbox(actor, params),
    getTranslations("reminders"),
    getTranslations("reminders.outbox"),
    getLocale() as Promise<Locale>,
  ]);
  const kindLabel = (k: string) => (k === "digest" ? te("digest") : t(`kind.${k as (typeof REMINDER_KINDS)[number]}`));
  const pageCount = Math.max(1, Math.ceil(data.mail.total / OUTBOX_PAGE_SIZE));

  return (
    <>
      <PageHeader title={te("title")} description={data.smtp ? te("smtpOn") : te("description")} />
      <section aria-labelledby="outbox-mail" className="mb-10">
        <h2 id="outbox-mail" className="mb-3 text-xl font-bold text-slate-900">{te("mailCaption", { total: data.mail.total })}</h2>
        {data.mail.rows.length === 0 ? (
          <p>{te("emptyMail")}</p>
        ) : (
          <ul className="space-y-4">
            {data.mail.rows.map((m) => (
              <li key={m.id} className="rounded border border-slate-300 bg-white p-4">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-semibold">{m.subject}</span>
                    <span className="block text-sm text-slate-700">
                      {te("to")}: <span className="break-all">{m.to}</span> · {formatDateTime(m.createdAt, locale)}
                    </span>
                  </summary>
                  <div className="mt-3 border-t border-slate-200 pt-3">
                    <MailText text={m.text} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={data.mail.page} pageCount={pageCount} href={(p) => `/admin/outbox?page=${p}`} />
      </section>
      <section aria-labelledby="outbox-log">
        <h2 id="outbox-log" className="mb-3 text-xl font-bold text-slate-900">{te("logCaption", { total: data.log.total })}</h2>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-4">
          <Select
            name="kind"
            label={te("kind")}
            defaultValue={params.kind ?? ""}
            options={[{ value: "", label: te("any") }, ...[...REMINDER_KINDS, "digest" as const].map((k) => ({ value: k, label: kindLabel(k) }))]}
          />
          <Select
            name="status"
            label={te("status")}
            defaultValue={params.status ?? ""}
            options={[{ value: "", label: te("any") }, ...(["pending", "sending", "sent", "failed"] as const).map((s) => ({ value: s, label: te(`statusValue.${s}`) }))]}
          />
          <Button type="submit" variant="secondary">{te("filter")}</Button>
        </form>
        {data.log.rows.length === 0 ? (
          <p>{te("emptyLog")}</p>
        ) : (
          <Table caption={te("logCaption", { total: data.log.total })} captionHidden>
            <thead>
              <tr>
                <Th>{te("at")}</Th>
                <Th>{te("to")}</Th>
                <Th>{te("kind")}</Th>
                <Th>{te("record")}</Th>
                <Th>{te("deadline")}</Th>
                <Th>{te("status")}</Th>
                <Th>{te("attempts")}</Th>
              </tr>
            </thead>
            <tbody>
              {data.log.rows.map((n) => (
                <tr key={n.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(n.createdAt, locale)}</Td>
                  <Td className="break-all">{n.email}</Td>
                  <Td>{kindLabel(n.kind)}</Td>
                  <Td>{n.href && n.recordLabel ? <Link href={n.href}>{n.recordLabel}</Link> : (n.recordLabel ?? "—")}</Td>
                  <Td className="whitespace-nowrap">
                    {n.deadline ? formatDate(n.deadline, locale) : "—"}
                    {n.leadDays !== null ? ` (${n.leadDays})` : null}
                  </Td>
                  <Td>
                    {n.status === "failed" ? <strong className="text-red-800">{te("statusValue.failed")}</strong> : te(`statusValue.${n.status}`)}
                    {n.lastError ? <span className="block text-xs text-slate-700">{te("error")}: {n.lastError}</span> : null}
                  </Td>
                  <Td>{n.attempts}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </>
  );
}
