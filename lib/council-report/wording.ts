import type { engagementLevelEnum, membershipStatusEnum, recommendationEnum, representationRoleEnum } from "@/db/schema/enums";
import type { IsoDate } from "@/lib/dates";

/**
 * The report's own wording. The report is a Czech document for the city council whatever the
 * reader's UI language, so its sentences and labels live here rather than in the UI messages.
 */

type MembershipStatus = (typeof membershipStatusEnum.enumValues)[number];
type Level = (typeof engagementLevelEnum.enumValues)[number];
type Recommendation = (typeof recommendationEnum.enumValues)[number];
type RepresentationRole = (typeof representationRoleEnum.enumValues)[number];

export const STATUS_LABEL: Record<MembershipStatus | "none", string> = {
  observer: "pozorovatel",
  full: "řádný člen",
  associate: "přidružený člen",
  via_state: "člen prostřednictvím státu",
  ended: "členství ukončeno",
  none: "nečlen",
};

export const LEVEL_LABEL: Record<Level, string> = {
  essential: "zásadní",
  active: "aktivní",
  limited: "omezená",
  ad_hoc: "ad hoc",
  not_assessed: "nehodnoceno",
};

export const RECOMMENDATION_LABEL: Record<Recommendation, string> = {
  continue: "pokračovat",
  strengthen: "posílit",
  review: "přezkoumat",
  withdraw: "vystoupit",
};

export const ROLE_LABEL: Record<RepresentationRole, string> = {
  political_representative: "politický zástupce",
  primary_contact: "hlavní kontakt",
  deputy: "zástupce",
  forum_member: "člen fóra",
};

/** "jako pozorovatel" — how the city entered. */
const ENTERED_AS: Record<MembershipStatus, string> = {
  observer: "pozorovatel",
  full: "řádný člen",
  associate: "přidružený člen",
  via_state: "člen prostřednictvím státu",
  ended: "člen",
};

/** "řádným členem je od …" — the status as the complement of "být". */
const IS_NOW: Record<MembershipStatus, string> = {
  observer: "pozorovatelem",
  full: "řádným členem",
  associate: "přidruženým členem",
  via_state: "členem prostřednictvím státu",
  ended: "členem",
};

export type HistoryPeriod = { status: MembershipStatus; validFrom: IsoDate; validTo: IsoDate | null };

const yearOf = (d: IsoDate) => d.slice(0, 4);

/** "1. 5. 2004": the Czech date with plain spaces, as the report's sentences write it. */
export function formatDate(value: IsoDate): string {
  const [y, m, d] = value.split("-").map(Number);
  return `${d}. ${m}. ${y}`;
}

/**
 * The membership history as the source text tells it, from the periods as they stood on the
 * report's last day: the entry by its year ("od roku 1993, kdy vstoupilo jako pozorovatel"),
 * a later change of status by its date ("řádným členem je od 1. 5. 2004"); a membership through
 * the state in the source's words for UNESCO ("kde ji ale primárně zastupuje stát").
 */
export function historySentence(periods: readonly HistoryPeriod[], asOf: IsoDate, shortName: string): string {
  const known = [...periods]
    .filter((p) => p.status !== "ended" && p.validFrom <= asOf)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const first = known[0];
  if (!first) return `Hlavní město Praha nebylo k ${formatDate(asOf)} členem organizace ${shortName}.`;
  const current = known.find((p) => p.validFrom <= asOf && (p.validTo === null || p.validTo >= asOf));
  if (!current) {
    const last = known[known.length - 1]!;
    return `Hlavní město Praha bylo členem od roku ${yearOf(first.validFrom)} do ${formatDate(last.validTo ?? asOf)}; členství skončilo.`;
  }
  if (current.status === "via_state") {
    return `Praha je členem ${shortName} od roku ${yearOf(first.validFrom)}, kde ji ale primárně zastupuje stát.`;
  }
  if (current === first) {
    return `Hlavní město Praha je ${IS_NOW[current.status]} od roku ${yearOf(first.validFrom)}.`;
  }
  return (
    `Hlavní město Praha je členem od roku ${yearOf(first.validFrom)}, kdy vstoupilo jako ${ENTERED_AS[first.status]}; ` +
    `${IS_NOW[current.status]} je od ${formatDate(current.validFrom)}.`
  );
}

export function meetingsSentence(year: number, total: number, attended: number): string {
  if (total === 0) return `V roce ${year} registr nezaznamenal žádné jednání této organizace.`;
  return `V roce ${year} registr zaznamenal ${total} ${plural(total, "jednání", "jednání", "jednání")}; zástupci města se zúčastnili ${attended} z nich.`;
}

function plural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  return n >= 2 && n <= 4 ? few : many;
}

/** The default introduction: the source text's opening paragraphs, which say why the city is a member. */
export const DEFAULT_INTRODUCTION = [
  "Členství hlavního města Prahy v mezinárodních organizacích naplňuje některé konkrétní cíle zahraniční politiky města; především upevňuje vztahy s dalšími zahraničními metropolemi, posiluje kulturní, politickou i ekonomickou spolupráci s nimi a v neposlední řadě také pomáhá propagaci města v zahraničí.",
  "Díky dlouhodobému postupnému procesu reorganizace členství HMP v mezinárodních organizacích je nyní jejich počet stabilizován a HMP je řádným členem v těchto organizacích: EUROCITIES, POLIS, IRE, European Mozart Ways a Lize historických měst.",
  "Zásadní místo mezi mezinárodními organizacemi zaujímá síť EUROCITIES, která je základem mezinárodní spolupráce HMP s ostatními evropskými metropolemi.",
  "Praha je také členem UNESCO (United Nations Educational, Scientific and Cultural Organization / Organizace OSN pro výchovu, vědu a kulturu), kde ji ale primárně zastupuje stát.",
].join("\n\n");

export const REPORT_TITLE = "Členství hlavního města Prahy v mezinárodních organizacích";
