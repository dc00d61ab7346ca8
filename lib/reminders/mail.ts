import { createTranslator } from "next-intl";
import { applyNextAuthUrlDefault } from "@/lib/auth/secret";
import type { IsoDate } from "@/lib/dates";
import cs from "@/lib/i18n/messages/cs.json";
import { formatDate } from "@/lib/i18n/format";
import { REMINDER_KINDS, type ReminderKind } from "./kinds";
import type { OpenItem } from "./open-items";
import type { Mail } from "./transport";
import { unsubscribeToken } from "./unsubscribe-token";

// Mail goes out in Czech: accounts carry no language of their own yet.
const t = createTranslator({ locale: "cs", messages: cs, namespace: "reminders.mail" });

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function absolute(path: string): string {
  return new URL(path, applyNextAuthUrlDefault()).toString();
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** One sentence on an open item, as of `today`. */
function sentence(item: Pick<OpenItem, "kind" | "label" | "deadline">, today: IsoDate): string {
  const date = item.deadline ? formatDate(item.deadline) : "";
  const days = item.deadline ? daysBetween(today, item.deadline) : 0;
  const when = days < 0 ? "past" : "ahead";
  return t(`sentence.${item.kind}`, { label: item.label, date, days: Math.abs(days), when });
}

function footer(userId: string, kinds: readonly ReminderKind[]) {
  const links = kinds.map((kind) => ({
    label: t("unsubscribe", { kind: t(`kind.${kind}`) }),
    url: absolute(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, kind))}`),
  }));
  return { links, settings: absolute("/profile") };
}

function assemble(to: string, subject: string, blocks: { text: string; url?: string }[][], userId: string, kinds: readonly ReminderKind[]): Mail {
  const { links, settings } = footer(userId, kinds);
  const text = [
    t("greeting"),
    "",
    ...blocks.flatMap((block) => [...block.flatMap((b) => (b.url ? [b.text, b.url] : [b.text])), ""]),
    t("automatic"),
    ...links.map((l) => `${l.label}: ${l.url}`),
    `${t("settings")}: ${settings}`,
  ].join("\n");
  const html = [
    `<p>${escapeHtml(t("greeting"))}</p>`,
    ...blocks.map(
      (block) =>
        `<p>${block.map((b) => (b.url ? `<a href="${escapeHtml(b.url)}">${escapeHtml(b.text)}</a>` : `<strong>${escapeHtml(b.text)}</strong>`)).join("<br>")}</p>`,
    ),
    `<p><small>${escapeHtml(t("automatic"))}<br>${links
      .map((l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`)
      .join("<br>")}<br><a href="${escapeHtml(settings)}">${escapeHtml(t("settings"))}</a></small></p>`,
  ].join("\n");
  const first = links[0];
  return { to, subject, text, html, headers: first ? { "List-Unsubscribe": `<${first.url}>` } : undefined };
}

/** An alert about one deadline. */
export function alertMail(
  to: { id: string; email: string },
  item: Pick<OpenItem, "kind" | "label" | "deadline" | "href">,
  today: IsoDate,
): Mail {
  const subject = t("alertSubject", { kind: t(`kind.${item.kind}`), label: item.label });
  return assemble(to.email, subject, [[{ text: sentence(item, today), url: absolute(item.href) }]], to.id, [item.kind]);
}

/** The Monday digest: everything open for the user, grouped by kind. */
export function digestMail(to: { id: string; email: string }, items: OpenItem[], today: IsoDate): Mail {
  const kinds = REMINDER_KINDS.filter((k) => items.some((i) => i.kind === k));
  const blocks = kinds.map((kind) => [
    { text: `${t(`kind.${kind}`)} (${items.filter((i) => i.kind === kind).length})` },
    ...items.filter((i) => i.kind === kind).map((i) => ({ text: sentence(i, today), url: absolute(i.href) })),
  ]);
  return assemble(to.email, t("digestSubject", { date: formatDate(today) }), blocks, to.id, kinds);
}
