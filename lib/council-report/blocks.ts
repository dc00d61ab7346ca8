import type { ReportModel } from "./model";
import { formatDate } from "./wording";
import { formatMoney } from "@/lib/i18n/format";
import { shortName } from "@/lib/registry/display-name";

/**
 * The report laid out once as a sequence of blocks, which each format (DOCX, PDF, HTML) only
 * draws: the three files cannot drift apart in content or order.
 */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "toc" }
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string; note?: boolean }
  | { kind: "table"; caption: string; headers: string[]; rows: string[][] }
  | { kind: "list"; items: string[] };

export type ReportStamp = { status: "draft" } | { status: "final"; number: number; finalisedOn: string };

const money = (v: string | null) => (v === null ? "—" : formatMoney(v, "CZK").replace(/\u00a0/g, " "));

function representativeText(r: { roleLabel: string; department: string | null; person: string | null }): string {
  const holder = [r.person, r.department].filter(Boolean).join(", ") || "neuvedeno";
  return `${holder} – ${r.roleLabel}`;
}

export function reportBlocks(model: ReportModel, stamp: ReportStamp): Block[] {
  const out: Block[] = [];
  out.push({ kind: "title", text: `${model.title} v roce ${model.year}` });
  out.push({
    kind: "paragraph",
    note: true,
    text:
      stamp.status === "final"
        ? `Konečné znění č. ${stamp.number} ze dne ${formatDate(stamp.finalisedOn)}. Údaje z registru členství ke dni ${formatDate(model.asOf)}.`
        : `Koncept ze dne ${formatDate(model.generatedOn)} – není konečné znění. Údaje z registru členství ke dni ${formatDate(model.asOf)}.`,
  });
  out.push({ kind: "toc" });

  out.push({ kind: "heading", level: 1, text: "Úvod" });
  for (const p of model.introduction.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    out.push({ kind: "paragraph", text: p });
  }

  out.push({ kind: "heading", level: 1, text: "Přehled členství" });
  out.push({
    kind: "table",
    caption: `Členství k 31. 12. ${model.year}`,
    headers: [
      "Organizace",
      `Stav k 31. 12. ${model.year}`,
      "Členem od",
      "Poplatek zaplaceno",
      "Poplatek odhad",
      "Jednání (účast / celkem)",
      "Zapojení",
      "Doporučení",
    ],
    rows: model.summary.map((r) => [
      r.name,
      r.statusLabel,
      r.memberSince ? formatDate(r.memberSince) : "—",
      money(r.feePaidCzk),
      money(r.feeEstimatedCzk),
      `${r.meetingsAttended} / ${r.meetingsTotal}`,
      r.levelLabel,
      r.recommendationLabel,
    ]),
  });
  out.push({ kind: "paragraph", note: true, text: model.feeNote });

  for (const o of model.organisations) {
    out.push({ kind: "heading", level: 1, text: o.heading });
    if (o.description) out.push({ kind: "paragraph", text: o.description });

    out.push({ kind: "heading", level: 2, text: "Členství" });
    out.push({ kind: "paragraph", text: o.history });
    out.push({
      kind: "paragraph",
      text:
        o.decisions.length > 0
          ? `Rozhodnutí orgánů hlavního města: ${o.decisions.join("; ")}.`
          : "Rozhodnutí orgánů hlavního města k tomuto členství registr neuvádí.",
    });

    out.push({ kind: "heading", level: 2, text: "Orgány a zastoupení města" });
    if (o.representatives.length > 0) {
      out.push({ kind: "paragraph", text: `Město v organizaci zastupuje: ${o.representatives.map(representativeText).join("; ")}.` });
    }
    if (o.bodies.length > 0) {
      out.push({
        kind: "table",
        caption: `Orgány organizace ${shortName(o, "cs")}`,
        headers: ["Orgán", "Kdo zastupuje město"],
        rows: o.bodies.map((b) => [b.name, b.representatives.map(representativeText).join("; ") || "—"]),
      });
    }
    if (o.representatives.length === 0 && o.bodies.length === 0) {
      out.push({ kind: "paragraph", text: "Zastoupení města registr k 31. 12. neuvádí." });
    }

    out.push({ kind: "heading", level: 2, text: `Jednání v roce ${model.year}` });
    out.push({ kind: "paragraph", text: o.meetingsSentence });
    if (o.meetings.length > 0) {
      out.push({
        kind: "table",
        caption: `Jednání ${shortName(o, "cs")} v roce ${model.year}`,
        headers: ["Jednání", "Datum", "Místo", "Účastníků za město"],
        rows: o.meetings.map((m) => [m.title, m.date, m.place, String(m.attended)]),
      });
    }

    out.push({ kind: "heading", level: 2, text: "Členský poplatek" });
    out.push({ kind: "paragraph", text: o.fee });

    out.push({ kind: "heading", level: 2, text: "Hodnocení spolupráce" });
    if (o.assessment) {
      out.push({ kind: "paragraph", text: `${o.assessment.judgement} ${o.assessment.recommendation}` });
      if (o.assessment.rationale) out.push({ kind: "paragraph", text: `Odůvodnění: ${o.assessment.rationale}` });
    } else {
      out.push({ kind: "paragraph", text: "Spolupráce zatím nebyla hodnocena." });
    }

    if (o.annualText) {
      out.push({ kind: "heading", level: 2, text: `Činnost v roce ${model.year}` });
      for (const p of o.annualText.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean)) {
        out.push({ kind: "paragraph", text: p });
      }
    }

    if (o.website) out.push({ kind: "paragraph", text: `Website: ${o.website}` });
  }
  return out;
}

/** The file name of a format, e.g. "clenstvi-hmp-2025-v1.pdf" ("koncept" for a draft). */
export function reportFileName(year: number, stamp: ReportStamp, ext: string): string {
  return `clenstvi-hmp-${year}-${stamp.status === "final" ? `v${stamp.number}` : "koncept"}.${ext}`;
}
