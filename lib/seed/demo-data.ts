import type {
  attendanceModeEnum,
  attendanceRoleEnum,
  attendanceStatusEnum,
  feeStatusEnum,
  meetingKindEnum,
  representationRoleEnum,
} from "@/db/schema/enums";
import { addDays, yearOf } from "./dates";
import type { OrgKey } from "./reference-data";

/**
 * Demo data: invented, marked `demo = true` on every row and "demo" in every note. The people are
 * fictional (names and @praha.eu addresses made up for the demo, not real employees); fees,
 * meetings, costs and reports are invented too. Dates are relative to `today`, so a fresh demo
 * always has past and upcoming meetings and one overdue fee.
 */

const DEMO_NOTE = "Demo data: smyšlené údaje.";

export const DEMO_DEPARTMENTS = [
  { code: "ZAH", name: "Odbor zahraničních vztahů" },
  { code: "KUC", name: "Odbor kultury a cestovního ruchu" },
  { code: "OCP", name: "Odbor ochrany prostředí" },
  { code: "SOV", name: "Odbor sociálních věcí" },
  { code: "EVF", name: "Odbor evropských fondů" },
] as const;

export type PersonKey =
  | "kratochvil" | "holubova" | "dolezal" | "vondrova" | "kubicek" | "sindelarova" | "brezina" | "mala" | "charvatova" | "zelenka"
  | "dopravni" | "koordinator";

type DemoPerson = {
  key: PersonKey;
  title: string | null;
  firstName: string;
  lastName: string;
  /** The natural key of a demo person. */
  email: string;
  phone: string | null;
  departmentCode: string | null;
  leftOnOffsetDays?: number;
};

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // A councillor: the political representative, in no department.
  { key: "kratochvil", title: "Ing.", firstName: "Radomír", lastName: "Kratochvíl", email: "radomir.kratochvil.demo@praha.eu", phone: null, departmentCode: null },
  { key: "holubova", title: "Mgr.", firstName: "Tereza", lastName: "Holubová", email: "tereza.holubova.demo@praha.eu", phone: "+420 236 000 101", departmentCode: "ZAH" },
  { key: "dolezal", title: "Bc.", firstName: "Lukáš", lastName: "Doležal", email: "lukas.dolezal.demo@praha.eu", phone: "+420 236 000 102", departmentCode: "ZAH" },
  { key: "vondrova", title: "Ing.", firstName: "Markéta", lastName: "Vondrová", email: "marketa.vondrova.demo@praha.eu", phone: null, departmentCode: "EVF" },
  { key: "kubicek", title: "Mgr.", firstName: "Jiří", lastName: "Kubíček", email: "jiri.kubicek.demo@praha.eu", phone: "+420 236 000 104", departmentCode: "KUC" },
  { key: "sindelarova", title: "RNDr.", firstName: "Alena", lastName: "Šindelářová", email: "alena.sindelarova.demo@praha.eu", phone: null, departmentCode: "OCP" },
  { key: "brezina", title: "Ing.", firstName: "Pavel", lastName: "Březina", email: "pavel.brezina.demo@praha.eu", phone: "+420 236 000 106", departmentCode: "DOP" },
  { key: "mala", title: "Ing.", firstName: "Kateřina", lastName: "Malá", email: "katerina.mala.demo@praha.eu", phone: null, departmentCode: "DOP" },
  { key: "charvatova", title: "Mgr.", firstName: "Veronika", lastName: "Charvátová", email: "veronika.charvatova.demo@praha.eu", phone: null, departmentCode: "SOV" },
  // Left the office: keeps an ended representation as history.
  { key: "zelenka", title: "Bc.", firstName: "Martin", lastName: "Zelenka", email: "martin.zelenka.demo@praha.eu", phone: null, departmentCode: "KUC", leftOnOffsetDays: -400 },
  // The people behind two demo accounts (lib/seed/demo-users.ts links them), so that signed in
  // they find themselves as "Já" on the meeting form instead of creating a second record.
  { key: "dopravni", title: null, firstName: "Dana", lastName: "Dopravní", email: "dana.dopravni.demo@praha.eu", phone: null, departmentCode: "DOP" },
  { key: "koordinator", title: null, firstName: "Kamil", lastName: "Koordinátor", email: "kamil.koordinator.demo@praha.eu", phone: null, departmentCode: "ZAH" },
];

type RepresentationRole = (typeof representationRoleEnum.enumValues)[number];

export type DemoRepresentation = {
  /** Natural key of a demo representation: organisation, body, person, role. */
  org: OrgKey;
  body: string | null;
  person: PersonKey;
  role: RepresentationRole;
  validFrom: string;
  validTo: string | null;
  mandateSource: string | null;
  /** For a deputy: whom they stand in for, as (person, role) in the same organisation, or the DOP department seat. */
  deputyFor?: { person: PersonKey; role: RepresentationRole } | "polis-dop";
};

export function demoRepresentations(today: string): DemoRepresentation[] {
  const y = yearOf(today);
  const term = `${y - 2}-12-01`;
  const mandate = `Usnesení Rady HMP č. ${1000 + (y % 100)}/demo`;
  const forum = (body: string, person: PersonKey, validFrom = `${y - 3}-01-01`, validTo: string | null = null): DemoRepresentation => ({
    org: "eurocities",
    body,
    person,
    role: "forum_member",
    validFrom,
    validTo,
    mandateSource: null,
  });
  // The person who left handed over the Culture Forum seat and the League contact the next day.
  const left = addDays(today, -400);
  const successorFrom = addDays(today, -399);
  return [
    { org: "eurocities", body: null, person: "kratochvil", role: "political_representative", validFrom: term, validTo: null, mandateSource: mandate },
    { org: "eurocities", body: null, person: "holubova", role: "primary_contact", validFrom: `${y - 5}-03-01`, validTo: null, mandateSource: null },
    {
      org: "eurocities",
      body: null,
      person: "dolezal",
      role: "deputy",
      validFrom: `${y - 2}-01-01`,
      validTo: null,
      mandateSource: null,
      deputyFor: { person: "holubova", role: "primary_contact" },
    },
    forum("Economic Development Forum", "vondrova"),
    forum("Culture Forum", "zelenka", `${y - 6}-01-01`, left),
    forum("Culture Forum", "kubicek", successorFrom),
    forum("Environment Forum", "sindelarova"),
    // The Knowledge Society Forum is left without a representative on purpose: a vacancy.
    forum("Mobility Forum", "brezina"),
    forum("Social Affairs Forum", "charvatova"),
    forum("Cooperation Forum", "holubova"),
    { org: "polis", body: null, person: "mala", role: "deputy", validFrom: `${y - 1}-01-01`, validTo: null, mandateSource: null, deputyFor: "polis-dop" },
    { org: "ire", body: null, person: "vondrova", role: "primary_contact", validFrom: `${y - 4}-01-01`, validTo: null, mandateSource: null },
    { org: "mozart", body: null, person: "kubicek", role: "primary_contact", validFrom: `${y - 3}-01-01`, validTo: null, mandateSource: null },
    { org: "lhc", body: null, person: "zelenka", role: "primary_contact", validFrom: `${y - 6}-01-01`, validTo: left, mandateSource: null },
    { org: "lhc", body: null, person: "holubova", role: "primary_contact", validFrom: successorFrom, validTo: null, mandateSource: null },
  ];
}

type FeeStatus = (typeof feeStatusEnum.enumValues)[number];

export type DemoFee = {
  org: OrgKey;
  year: number;
  amount: string;
  currency: string;
  amountCzk: string | null;
  status: FeeStatus;
  invoicedOn: string | null;
  dueOn: string | null;
  paidOn: string | null;
  invoiceNumber: string | null;
  budgetItem: string;
  note: string;
};

const BUDGET_ITEM = "5511 – Neinvestiční transfery mezinárodním organizacím";

/** Yearly fees (invented amounts): EUR for the European networks, CZK for the League. */
const FEE_AMOUNTS: Partial<Record<OrgKey, { amount: string; currency: string; czk: [string, string] }>> = {
  // czk: what accounting paid two years ago and last year (exchange rates differ).
  eurocities: { amount: "15600.00", currency: "EUR", czk: ["384540.00", "391560.00"] },
  polis: { amount: "5000.00", currency: "EUR", czk: ["123250.00", "125500.00"] },
  ire: { amount: "1500.00", currency: "EUR", czk: ["36975.00", "37650.00"] },
  mozart: { amount: "2000.00", currency: "EUR", czk: ["49300.00", "50200.00"] },
  lhc: { amount: "30000.00", currency: "CZK", czk: ["30000.00", "30000.00"] },
};

export function demoFees(today: string): DemoFee[] {
  const y = yearOf(today);
  const fees: DemoFee[] = [];
  for (const [org, f] of Object.entries(FEE_AMOUNTS) as [OrgKey, NonNullable<(typeof FEE_AMOUNTS)[OrgKey]>][]) {
    const tag = org.toUpperCase();
    const base = { org, amount: f.amount, currency: f.currency, budgetItem: BUDGET_ITEM, note: `${DEMO_NOTE} Částka je smyšlená (demo).` };
    for (const [i, year] of [y - 2, y - 1].entries()) {
      // The one overdue fee: IRE's last-year invoice, due 45 days ago and still unpaid.
      if (org === "ire" && year === y - 1) {
        const dueOn = addDays(today, -45);
        fees.push({ ...base, year, amountCzk: null, status: "invoiced", invoicedOn: addDays(dueOn, -30), dueOn, paidOn: null, invoiceNumber: `${tag}-${year}-017` });
        continue;
      }
      fees.push({
        ...base,
        year,
        amountCzk: f.czk[i]!,
        status: "paid",
        invoicedOn: `${year}-02-10`,
        dueOn: `${year}-03-31`,
        paidOn: `${year}-03-20`,
        invoiceNumber: `${tag}-${year}-0${10 + i}`,
      });
    }
    // This year: EUROCITIES invoiced and due in a month, the others still planned.
    if (org === "eurocities") {
      fees.push({ ...base, year: y, amountCzk: null, status: "invoiced", invoicedOn: addDays(today, -5), dueOn: addDays(today, 30), paidOn: null, invoiceNumber: `${tag}-${y}-021` });
    } else {
      fees.push({ ...base, year: y, amountCzk: null, status: "planned", invoicedOn: null, dueOn: `${y}-12-31`, paidOn: null, invoiceNumber: null });
    }
  }
  return fees;
}

type MeetingKind = (typeof meetingKindEnum.enumValues)[number];

export type DemoMeeting = {
  /** Natural key of a demo meeting: organisation and title (dates move with `today`). */
  org: OrgKey;
  title: string;
  body: string | null;
  kind: MeetingKind;
  startOffset: number;
  days: number;
  city: string | null;
  country: string | null;
  agendaUrl: string | null;
  outcome: string | null;
};

export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  { org: "eurocities", title: "Výroční valné shromáždění EUROCITIES", body: null, kind: "general_assembly", startOffset: -200, days: 3, city: "Rotterdam", country: "NL", agendaUrl: null, outcome: "Schválen pracovní program sítě na další rok (demo)." },
  { org: "eurocities", title: "Zasedání Mobility fóra", body: "Mobility Forum", kind: "forum_meeting", startOffset: -120, days: 2, city: "Gdaňsk", country: "PL", agendaUrl: null, outcome: null },
  { org: "eurocities", title: "Zasedání Kulturního fóra", body: "Culture Forum", kind: "forum_meeting", startOffset: -90, days: 2, city: "Vídeň", country: "AT", agendaUrl: null, outcome: null },
  { org: "eurocities", title: "Online jednání Fóra pro životní prostředí", body: "Environment Forum", kind: "online", startOffset: -60, days: 1, city: null, country: null, agendaUrl: null, outcome: null },
  { org: "eurocities", title: "Jednání Fóra pro mezinárodní spolupráci", body: "Cooperation Forum", kind: "forum_meeting", startOffset: -35, days: 2, city: "Brusel", country: "BE", agendaUrl: null, outcome: null },
  { org: "eurocities", title: "Pracovní skupina Fóra pro sociální záležitosti", body: "Social Affairs Forum", kind: "online", startOffset: 10, days: 1, city: null, country: null, agendaUrl: null, outcome: null },
  { org: "eurocities", title: "Zasedání Fóra pro ekonomický rozvoj", body: "Economic Development Forum", kind: "forum_meeting", startOffset: 25, days: 2, city: "Lyon", country: "FR", agendaUrl: null, outcome: null },
  { org: "eurocities", title: "Zasedání Fóra pro znalostní společnost", body: "Knowledge Society Forum", kind: "forum_meeting", startOffset: 40, days: 2, city: "Tallinn", country: "EE", agendaUrl: null, outcome: null },
  { org: "polis", title: "Výroční konference POLIS – Brusel", body: null, kind: "conference", startOffset: -150, days: 2, city: "Brusel", country: "BE", agendaUrl: null, outcome: null },
  { org: "polis", title: "Pracovní skupina POLIS pro bezpečnost silničního provozu", body: null, kind: "online", startOffset: -20, days: 1, city: null, country: null, agendaUrl: null, outcome: null },
  { org: "polis", title: "Výroční konference POLIS – Göteborg", body: null, kind: "conference", startOffset: 60, days: 2, city: "Göteborg", country: "SE", agendaUrl: null, outcome: null },
  { org: "ire", title: "Konference IRE o evropských regionech", body: null, kind: "conference", startOffset: -240, days: 2, city: "Salcburk", country: "AT", agendaUrl: null, outcome: null },
  { org: "mozart", title: "Valné shromáždění European Mozart Ways", body: null, kind: "general_assembly", startOffset: 45, days: 1, city: "Mannheim", country: "DE", agendaUrl: null, outcome: null },
  { org: "lhc", title: "Světová konference Ligy historických měst", body: null, kind: "conference", startOffset: -300, days: 3, city: "Kjóto", country: "JP", agendaUrl: null, outcome: null },
];

type AttendanceRole = (typeof attendanceRoleEnum.enumValues)[number];
type AttendanceMode = (typeof attendanceModeEnum.enumValues)[number];
type AttendanceStatus = (typeof attendanceStatusEnum.enumValues)[number];

export type DemoAttendance = {
  meeting: string;
  person: PersonKey;
  role: AttendanceRole;
  mode: AttendanceMode;
  status: AttendanceStatus;
  travelCostCzk: string | null;
  /** Days after the meeting's end that the trip report was filed; undefined = no report. */
  reportAfterDays?: number;
};

const a = (
  meeting: string,
  person: PersonKey,
  role: AttendanceRole,
  mode: AttendanceMode,
  status: AttendanceStatus,
  travelCostCzk: string | null = null,
  reportAfterDays?: number,
): DemoAttendance => ({ meeting, person, role, mode, status, travelCostCzk, reportAfterDays });

export const DEMO_ATTENDANCE: readonly DemoAttendance[] = [
  a("Výroční valné shromáždění EUROCITIES", "kratochvil", "delegate", "in_person", "attended", "38500.00", 9),
  a("Výroční valné shromáždění EUROCITIES", "holubova", "delegate", "in_person", "attended", "21400.00", 7),
  a("Zasedání Mobility fóra", "brezina", "delegate", "in_person", "attended", "14800.00", 10),
  // The one missing trip report: attended abroad in person, nothing filed.
  a("Zasedání Kulturního fóra", "kubicek", "delegate", "in_person", "attended", "9800.00"),
  a("Online jednání Fóra pro životní prostředí", "sindelarova", "delegate", "online", "attended"),
  a("Jednání Fóra pro mezinárodní spolupráci", "holubova", "speaker", "in_person", "attended", "17250.00", 6),
  a("Jednání Fóra pro mezinárodní spolupráci", "dolezal", "delegate", "in_person", "excused"),
  a("Pracovní skupina Fóra pro sociální záležitosti", "charvatova", "delegate", "online", "registered"),
  a("Zasedání Fóra pro ekonomický rozvoj", "vondrova", "delegate", "in_person", "registered"),
  a("Výroční konference POLIS – Brusel", "brezina", "speaker", "in_person", "attended", "19900.00", 8),
  a("Výroční konference POLIS – Brusel", "mala", "delegate", "in_person", "attended", "18650.00", 8),
  a("Pracovní skupina POLIS pro bezpečnost silničního provozu", "mala", "delegate", "online", "attended"),
  a("Výroční konference POLIS – Göteborg", "brezina", "delegate", "in_person", "registered"),
  a("Konference IRE o evropských regionech", "vondrova", "observer", "in_person", "attended", "12600.00", 12),
  a("Valné shromáždění European Mozart Ways", "kubicek", "delegate", "in_person", "registered"),
  a("Světová konference Ligy historických měst", "holubova", "observer", "online", "attended"),
];

export function tripReportText(meetingTitle: string): string {
  return `Zpráva ze zahraniční pracovní cesty: ${meetingTitle}. Účast na jednání, hlavní závěry a doporučení pro HMP. (${DEMO_NOTE})`;
}

export { DEMO_NOTE };
