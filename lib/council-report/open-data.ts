import { stringify } from "csv-stringify/sync";
import type { ReportModel } from "./model";

/**
 * "Otevřená data" of a year's report: one row per membership, and nothing about a person. The
 * representation is given only as the departments and roles that hold it, never a name or an
 * e-mail, so the file may be published as it is (law 106/1999 §4b).
 */
export const OPEN_DATA_COLUMNS = [
  { name: "rok", titles: "Rok", datatype: "integer", description: "Rok, za který zpráva hodnotí členství." },
  { name: "organizace", titles: "Organizace", datatype: "string", description: "Oficiální název organizace." },
  { name: "organizace_cesky", titles: "Český název", datatype: "string", description: "Český název organizace, je-li." },
  { name: "zkratka", titles: "Zkratka", datatype: "string", description: "Zkratka organizace, je-li." },
  { name: "web", titles: "Web", datatype: "anyURI", description: "Webové stránky organizace." },
  { name: "stav_k_31_12", titles: "Stav k 31. 12.", datatype: "string", description: "Stav členství hlavního města Prahy k poslednímu dni roku." },
  { name: "clenem_od", titles: "Členem od", datatype: "date", description: "Den, od kterého je město členem (ISO 8601)." },
  { name: "poplatek_zaplaceno_czk", titles: "Poplatek zaplaceno (Kč)", datatype: "decimal", description: "Členský poplatek za rok skutečně zaplacený, v Kč, desetinná tečka." },
  { name: "poplatek_odhad_czk", titles: "Poplatek odhad (Kč)", datatype: "decimal", description: "Nezaplacený poplatek přepočtený kurzem ČNB platným ke dni splatnosti (zdroj: Česká národní banka)." },
  { name: "jednani_celkem", titles: "Jednání celkem", datatype: "integer", description: "Počet jednání organizace v roce, která registr eviduje." },
  { name: "jednani_s_ucasti", titles: "Jednání s účastí města", datatype: "integer", description: "Z nich jednání, kterých se zástupci města zúčastnili." },
  { name: "zapojeni", titles: "Zapojení", datatype: "string", description: "Hodnocení zapojení města (zásadní, aktivní, omezená, ad hoc, nehodnoceno)." },
  { name: "doporuceni", titles: "Doporučení", datatype: "string", description: "Doporučení hodnocení (pokračovat, posílit, přezkoumat, vystoupit)." },
  { name: "zastoupeni", titles: "Zastoupení města", datatype: "string", description: "Útvary MHMP a role, které město k 31. 12. zastupují (bez jmen osob)." },
] as const;

/** RFC 4180: comma, double-quoted fields where needed, CRLF; UTF-8 without a byte-order mark. */
export function openDataCsv(model: ReportModel): string {
  const sections = new Map(model.organisations.map((o) => [o.organisationId, o]));
  const rows = model.summary.map((r) => {
    const o = sections.get(r.organisationId);
    const holders = o
      ? [...o.representatives, ...o.bodies.flatMap((b) => b.representatives)]
          .map((rep) => `${rep.department ?? "útvar neuveden"} – ${rep.roleLabel}`)
      : [];
    return [
      String(model.year),
      o?.name ?? r.name,
      o?.nameCs ?? "",
      o?.abbreviation ?? "",
      o?.website ?? "",
      r.statusLabel,
      r.memberSince ?? "",
      r.feePaidCzk ?? "",
      r.feeEstimatedCzk ?? "",
      String(r.meetingsTotal),
      String(r.meetingsAttended),
      r.levelLabel,
      r.recommendationLabel === "—" ? "" : r.recommendationLabel,
      [...new Set(holders)].join("; "),
    ];
  });
  return stringify([OPEN_DATA_COLUMNS.map((c) => c.name), ...rows], { record_delimiter: "\r\n", quoted_match: /^\s|\s$/ });
}

/** The metadata file published beside the CSV (CSV on the Web vocabulary, Czech descriptions). */
export function openDataMetadata(
  model: ReportModel,
  opts: { csvUrl: string; licence: string; finalNumber: number | null },
) {
  const [licenceName, licenceUrl] = opts.licence.split("|") as [string, string];
  return {
    "@context": "http://www.w3.org/ns/csvw",
    url: opts.csvUrl,
    "dc:title": `Členství hlavního města Prahy v mezinárodních organizacích v roce ${model.year}`,
    "dc:description":
      "Členství hlavního města Prahy v mezinárodních organizacích: stav k 31. 12., členský poplatek, účast na jednáních " +
      "a hodnocení spolupráce. Data neobsahují osobní údaje; zastoupení města je uvedeno jen útvary a rolemi." +
      (opts.finalNumber === null ? " Zpráva za tento rok zatím nebyla dokončena: data odpovídají stavu registru." : ` Podle konečného znění zprávy č. ${opts.finalNumber}.`),
    "dc:temporal": { start: `${model.year}-01-01`, end: `${model.year}-12-31` },
    "dc:publisher": "Hlavní město Praha",
    "dc:license": { name: licenceName, url: licenceUrl },
    "dc:issued": model.generatedOn,
    "dc:language": "cs",
    dialect: { delimiter: ",", encoding: "utf-8", header: true, lineTerminators: ["\r\n"] },
    tableSchema: {
      columns: OPEN_DATA_COLUMNS.map((c) => ({ name: c.name, titles: c.titles, datatype: c.datatype, "dc:description": c.description })),
    },
  };
}
