import nodemailer from "nodemailer";
import { mailOutbox } from "@/db/schema";
import type { Queryable } from "@/db/client";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string; html: string; headers?: Record<string, string> };

/** Where mail goes: an SMTP server (SMTP_URL), or the outbox table an admin reads. */
export type Transport = {
  name: "smtp" | "outbox";
  /** `notificationId` is null for mail that is no reminder (a set-password link, lib/users/set-password.ts). */
  send: (db: Queryable, mail: Mail, notificationId: string | null) => Promise<void>;
};

// One pooled connection per server, made once: each reminder must not open a new SMTP session.
const transporters = new Map<string, nodemailer.Transporter>();

/** SMTP through nodemailer when SMTP_URL is set; otherwise the outbox (the embedded demo). */
export function defaultTransport(): Transport {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return outboxTransport;
  return smtpTransport(SMTP_URL, MAIL_FROM);
}

export function smtpTransport(url: string, from: string): Transport {
  let transporter = transporters.get(url);
  if (!transporter) transporters.set(url, (transporter = nodemailer.createTransport(url)));
  return {
    name: "smtp",
    send: async (_db, mail) => {
      await transporter!.sendMail({ from, ...mail });
    },
  };
}

export const outboxTransport: Transport = {
  name: "outbox",
  send: async (db, mail, notificationId) => {
    await db.insert(mailOutbox).values({ notificationId, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  },
};
