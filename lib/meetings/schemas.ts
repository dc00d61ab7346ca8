import { isIsoDate } from "@/lib/dates";
import { MONEY_MESSAGES } from "@/lib/money";
import { checkbox, dateField, optionalMoney, optionalText, optionalUuid, requiredText, uuidField, versionField, z } from "@/lib/validation";
import { ATTENDANCE_MODES, ATTENDANCE_ROLES, ATTENDANCE_STATUSES, MEETING_KINDS } from "@/lib/enums";

export const MESSAGES_CS = {
  endBeforeStart: "Konec jednání nesmí být před jeho začátkem.",
  personTwice: "Tato osoba už je na jednání zapsána.",
  negativeCost: MONEY_MESSAGES.negative,
  onlineCost: "Online účast nemá cestovní náklady; pole nechte prázdné.",
  onlineMeetingInPerson: "Online jednání se nelze účastnit osobně; zvolte online.",
  personMissing: "Vyberte osobu ze seznamu, nebo přidejte novou.",
  countryMissing: "U osobního jednání zadejte zemi (dvoupísmenný kód, např. BE).",
  country: "Zadejte dvoupísmenný kód země, např. BE nebo CZ.",
  agendaUrl: "Zadejte celou adresu začínající https://.",
  notInScope: "Váš odbor toto jednání nezastupuje: organizaci ani orgán v den jednání nezastupuje, proto jej nemůžete zapsat.",
  noAttendees: "Zapište alespoň jednoho účastníka.",
} as const;

/** attendance.travel_cost_czk is numeric(12,2): 10 digits before the decimal point. */
const optionalCzk = optionalMoney({ integerDigits: 10 });

const attendeeRow = z.object({
  personId: optionalUuid(),
  /** The combobox's shown text, only echoed back to a refused form. */
  personLabel: z.string().optional(),
  /** "1" when the row adds a new person instead of picking one. */
  isNew: checkbox(),
  newFirstName: optionalText(100),
  newLastName: optionalText(100),
  role: z.enum(ATTENDANCE_ROLES, { error: "Vyberte roli." }),
  mode: z.enum(ATTENDANCE_MODES, { error: "Vyberte způsob účasti." }),
  status: z.enum(ATTENDANCE_STATUSES, { error: "Vyberte stav účasti." }),
  travelCostCzk: optionalCzk,
});
export type AttendeeInput = z.output<typeof attendeeRow>;

/**
 * A form posts rows as flat names ("attendees.2.travelCostCzk"); the schema reads them as an
 * array in index order, so errors come back keyed by the same names the fields carry.
 */
function nestAttendees(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(raw)) {
    const m = /^attendees\.(\d{1,3})\.(\w+)$/.exec(key);
    if (!m) {
      out[key] = value;
      continue;
    }
    const i = Number(m[1]);
    if (!rows.has(i)) rows.set(i, {});
    rows.get(i)![m[2]!] = value;
  }
  if (!Array.isArray(out.attendees)) {
    out.attendees = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  }
  return out;
}

const meetingFields = z.object({
  organisationId: uuidField("Vyberte organizaci ze seznamu."),
  bodyId: optionalUuid(),
  kind: z.enum(MEETING_KINDS, { error: "Vyberte druh jednání." }),
  title: requiredText(300),
  startsOn: dateField("Zadejte platné datum začátku."),
  endsOn: dateField("Zadejte platné datum konce."),
  online: checkbox(),
  city: optionalText(100),
  country: optionalText(2)
    .transform((v) => v?.toUpperCase() ?? null)
    .refine((v) => v === null || /^[A-Z]{2}$/.test(v), MESSAGES_CS.country),
  agendaUrl: optionalText(500).refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), MESSAGES_CS.agendaUrl),
  outcome: optionalText(4000),
  attendees: z.array(attendeeRow).max(100, "Nejvýše 100 účastníků v jednom formuláři."),
});

/**
 * The rules across fields, each reported at the field the user has to change. They run even when
 * some field is already invalid (zod's `when`), so one save shows every problem at once; the
 * values are therefore read defensively: a field that failed its own check may hold raw input.
 */
function checkMeeting(m: z.output<typeof meetingFields>, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const isDate = (v: unknown): v is string => typeof v === "string" && isIsoDate(v);
  if (isDate(m.startsOn) && isDate(m.endsOn) && m.endsOn < m.startsOn) issue(["endsOn"], MESSAGES_CS.endBeforeStart);
  if (!m.online && !m.country) issue(["country"], MESSAGES_CS.countryMissing);
  const seen = new Set<string>();
  const rows: unknown[] = Array.isArray(m.attendees) ? m.attendees : [];
  rows.forEach((raw, i) => {
    if (!raw || typeof raw !== "object") return;
    const a = raw as Partial<AttendeeInput>;
    if (a.isNew) {
      if (!a.newFirstName) issue(["attendees", i, "newFirstName"], "Vyplňte jméno nové osoby.");
      if (!a.newLastName) issue(["attendees", i, "newLastName"], "Vyplňte příjmení nové osoby.");
    } else if (!a.personId) {
      issue(["attendees", i, "personId"], MESSAGES_CS.personMissing);
    } else if (seen.has(a.personId)) {
      issue(["attendees", i, "personId"], MESSAGES_CS.personTwice);
    } else {
      seen.add(a.personId);
    }
    if (m.online && a.mode === "in_person") issue(["attendees", i, "mode"], MESSAGES_CS.onlineMeetingInPerson);
    // Only a cost that parsed (normalised "123.45") counts; a bad one has its own message already.
    const cost = typeof a.travelCostCzk === "string" && /^\d+\.\d{2}$/.test(a.travelCostCzk) ? a.travelCostCzk : null;
    const hasCost = cost !== null && !/^0+\.00$/.test(cost);
    if ((m.online || a.mode === "online") && hasCost) issue(["attendees", i, "travelCostCzk"], MESSAGES_CS.onlineCost);
  });
}

const ALWAYS = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

export const createMeetingSchema = z.preprocess(nestAttendees, meetingFields.superRefine(checkMeeting, ALWAYS));
export const updateMeetingSchema = z.preprocess(
  nestAttendees,
  meetingFields.extend({ id: uuidField(), version: versionField() }).superRefine(checkMeeting, ALWAYS),
);
export type MeetingInput = z.output<typeof meetingFields>;

export const tripReportSchema = z.object({
  attendanceId: uuidField(),
  version: versionField(),
  tripReport: requiredText(10_000),
  tripReportFiledOn: dateField("Zadejte platné datum odevzdání zprávy."),
});

/** Trip reports are due for in-person attendance abroad, this many days after the meeting ends. */
export const TRIP_REPORT_DUE_DAYS = 14;
