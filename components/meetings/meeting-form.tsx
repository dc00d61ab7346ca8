"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useActionForm, type FormState } from "@/components/ui/use-action-form";
import { todayInPrague } from "@/lib/dates";
import { scopeOn, type ScopeRange } from "@/lib/representation/scope-ranges";
import { PersonCombobox } from "./person-combobox";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type AttendeeInitial = {
  personId: string;
  personLabel: string;
  role: string;
  mode: string;
  status: string;
  travelCostCzk: string | null;
};

export type MeetingInitial = {
  organisationId: string;
  bodyId: string | null;
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string;
  online: boolean;
  city: string | null;
  country: string | null;
  agendaUrl: string | null;
  outcome: string | null;
  attendees: AttendeeInitial[];
};

type Choices = {
  organisations: SelectOption[];
  bodies: (SelectOption & { organisationId: string })[];
  kinds: SelectOption[];
  roles: SelectOption[];
  modes: SelectOption[];
  statuses: SelectOption[];
  /** Department staff: the seats' date ranges the lists narrow to (null: everything is offered). */
  scope?: ScopeRange[] | null;
  /** The signed-in user's own person, preselected on a new meeting as "Já". */
  me?: { id: string; name: string } | null;
};

/**
 * A meeting with its attendance in one form and one save (one transaction on the server). Rows
 * are added and removed with buttons; their fields are named "attendees.N.field" in order, so
 * the server's errors land next to the row's field they are about.
 */
export function MeetingForm({
  action,
  choices,
  initial,
  hidden,
}: {
  action: Action;
  choices: Choices;
  initial?: MeetingInitial;
  hidden?: Record<string, string | number>;
}) {
  const t = useTranslations("meetings.form");
  const tc = useTranslations("common");
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(action);
  const refused = state && !state.ok ? state : null;
  // "Save and write the trip report" makes sense once the meeting is over; Fields reports it.
  const [ended, setEnded] = useState(false);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-4xl space-y-6">
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ErrorSummary refusal={refused} />
      <Fields
        key={refused ? JSON.stringify(refused.values) : "initial"}
        choices={choices}
        initial={initial}
        values={refused?.values}
        errors={refused?.fieldErrors ?? {}}
        onEndedChange={setEnded}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : t("save")}
        </Button>
        {ended ? (
          <Button type="submit" name="next" value="report" variant="secondary" disabled={pending}>
            {t("saveAndReport")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

type Row = {
  key: number;
  isNew: boolean;
  initial: AttendeeInitial & { newFirstName?: string; newLastName?: string };
  /** The status as chosen; until the user picks one it follows the meeting's date. */
  status: string;
  statusChosen: boolean;
};

/**
 * Rows as they were: the refused form's echoed values, else the saved meeting's attendance, else
 * (a new meeting) the user's own person, labelled "Já".
 */
function initialRows(
  values: Record<string, string> | undefined,
  initial: MeetingInitial | undefined,
  me: { id: string; label: string } | null,
): Row[] {
  if (values) {
    const indexes = new Set<number>();
    for (const key of Object.keys(values)) {
      const m = /^attendees\.(\d+)\./.exec(key);
      if (m) indexes.add(Number(m[1]));
    }
    return [...indexes].sort((a, b) => a - b).map((i, key) => {
      const v = (f: string) => values[`attendees.${i}.${f}`] ?? "";
      return {
        key,
        status: v("status"),
        statusChosen: true,
        isNew: v("isNew") === "on",
        initial: {
          personId: v("personId"),
          personLabel: v("personLabel"),
          role: v("role"),
          mode: v("mode"),
          status: v("status"),
          travelCostCzk: v("travelCostCzk"),
          newFirstName: v("newFirstName"),
          newLastName: v("newLastName"),
        },
      };
    });
  }
  if (initial) return initial.attendees.map((a, key) => ({ key, isNew: false, initial: a, status: a.status, statusChosen: true }));
  if (!me) return [];
  const mine = { personId: me.id, personLabel: me.label, role: "delegate", mode: "in_person", status: "registered", travelCostCzk: "" };
  return [{ key: 0, isNew: false, initial: mine, status: mine.status, statusChosen: false }];
}

const isIso = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

function Fields({
  choices,
  initial,
  values,
  errors,
  onEndedChange,
}: {
  choices: Choices;
  initial?: MeetingInitial;
  values?: Record<string, string>;
  errors: Record<string, string[]>;
  onEndedChange: (ended: boolean) => void;
}) {
  const t = useTranslations("meetings.form");
  const tf = useTranslations("flow");
  const v = (name: keyof MeetingInitial, fallback = "") => {
    if (values) return values[name] ?? "";
    const raw = initial?.[name];
    return raw === null || raw === undefined || typeof raw === "object" ? fallback : String(raw);
  };
  const err = (name: string) => errors[name];
  const [organisationId, setOrganisationId] = useState(v("organisationId"));
  const [kind, setKind] = useState(v("kind"));
  const [startsOn, setStartsOn] = useState(v("startsOn"));
  const [endsOn, setEndsOn] = useState(v("endsOn"));
  const [bodyId, setBodyId] = useState(v("bodyId"));
  const me = choices.me ? { id: choices.me.id, label: t("me", { name: choices.me.name }) } : null;
  const [rows, setRows] = useState<Row[]>(() => initialRows(values, initial, me));
  const nextKey = useRef(rows.length + 1000);
  // The row whose first field takes focus after the next render (a row just added or switched).
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`attendee-${focusRow.current}-person`)?.focus();
    focusRow.current = null;
  });

  const today = todayInPrague();
  // Department staff are offered only what their department represents on the meeting's first
  // day (today until a date is typed); the save checks the same rule on the server.
  const scope = choices.scope
    ? scopeOn(
        choices.scope,
        (org) => choices.bodies.filter((b) => b.organisationId === org).map((b) => b.value),
        isIso(startsOn) ? startsOn : today,
      )
    : null;
  const organisations = scope ? choices.organisations.filter((o) => scope.organisations.has(o.value)) : choices.organisations;
  // A choice that the new date no longer allows is dropped, not silently kept.
  const shownOrganisation = organisations.some((o) => o.value === organisationId) ? organisationId : "";
  const bodies = choices.bodies.filter(
    (b) => b.organisationId === shownOrganisation && (!scope || scope.bodies.has(b.value)),
  );
  const shownBody = bodies.some((b) => b.value === bodyId) ? bodyId : "";
  const wholeAllowed = !scope || scope.whole.has(shownOrganisation);
  const onlineInitial = values ? values.online === "on" : (initial?.online ?? false);
  // A meeting that has already begun is being recorded after the fact: its people attended.
  const pastMeeting = isIso(startsOn) && startsOn < today;
  const ended = isIso(endsOn) && endsOn < today;
  useEffect(() => onEndedChange(ended), [ended, onEndedChange]);
  const defaultStatus = (past: boolean) => (past ? "attended" : "registered");
  const blank: AttendeeInitial = {
    personId: "",
    personLabel: "",
    role: "delegate",
    mode: "in_person",
    status: defaultStatus(pastMeeting),
    travelCostCzk: "",
  };
  const onStartChange = (value: string) => {
    setStartsOn(value);
    // The end follows the start until the user sets a later one (most meetings last one day).
    if (!endsOn || endsOn < value || endsOn === startsOn) setEndsOn(value);
    // Statuses nobody has chosen follow the date: a past meeting was attended.
    const past = isIso(value) && value < today;
    setRows((r) => r.map((row) => (row.statusChosen ? row : { ...row, status: defaultStatus(past) })));
  };

  const addRow = () => {
    const key = nextKey.current++;
    setRows((r) => [...r, { key, isNew: false, initial: blank, status: blank.status, statusChosen: false }]);
    focusRow.current = key;
  };
  const chooseStatus = (key: number, status: string) =>
    setRows((r) => r.map((row) => (row.key === key ? { ...row, status, statusChosen: true } : row)));
  const removeRow = (key: number) => {
    setRows((r) => r.filter((row) => row.key !== key));
    addButton.current?.focus();
  };
  const toggleNew = (key: number) => {
    setRows((r) => r.map((row) => (row.key === key ? { ...row, isNew: !row.isNew } : row)));
    focusRow.current = key;
  };

  return (
    <>
      <fieldset className="space-y-5 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-bold text-slate-900">{t("meetingLegend")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="startsOn"
            type="date"
            label={t("startsOn")}
            required
            value={startsOn}
            onChange={(e) => onStartChange(e.target.value)}
            error={err("startsOn")}
          />
          <TextField
            name="endsOn"
            type="date"
            label={t("endsOn")}
            required
            value={endsOn}
            onChange={(e) => setEndsOn(e.target.value)}
            error={err("endsOn")}
          />
          <Select
            name="organisationId"
            label={t("organisation")}
            hint={scope ? (organisations.length > 0 ? t("scopeHint") : t("scopeEmpty")) : undefined}
            required
            placeholder={t("choose")}
            options={organisations}
            value={shownOrganisation}
            onChange={(e) => setOrganisationId(e.target.value)}
            error={err("organisationId")}
          />
          <Select
            name="bodyId"
            label={t("body")}
            hint={wholeAllowed ? t("bodyHint") : t("bodyRequiredHint")}
            required={!wholeAllowed}
            placeholder={wholeAllowed ? t("wholeOrganisation") : t("choose")}
            options={bodies}
            value={shownBody}
            onChange={(e) => setBodyId(e.target.value)}
            error={err("bodyId")}
          />
          <Select
            name="kind"
            label={t("kind")}
            required
            placeholder={t("choose")}
            options={choices.kinds}
            defaultValue={kind}
            onChange={(e) => setKind(e.target.value)}
            error={err("kind")}
          />
          <TextField name="title" label={t("title")} required defaultValue={v("title")} error={err("title")} />
        </div>
        {kind === "online" ? (
          <p className="text-slate-800">
            <input type="hidden" name="online" value="on" />
            {tf("onlineByKind")}
          </p>
        ) : (
          <Checkbox name="online" label={t("online")} hint={t("onlineHint")} defaultChecked={onlineInitial} error={err("online")} />
        )}
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="city" label={t("city")} defaultValue={v("city")} error={err("city")} />
          <TextField
            name="country"
            label={t("country")}
            hint={t("countryHint")}
            maxLength={2}
            autoCapitalize="characters"
            defaultValue={v("country")}
            error={err("country")}
          />
          <TextField name="agendaUrl" type="url" label={t("agendaUrl")} defaultValue={v("agendaUrl")} error={err("agendaUrl")} />
        </div>
        <TextArea name="outcome" label={t("outcome")} rows={3} defaultValue={v("outcome")} error={err("outcome")} />
      </fieldset>

      <fieldset className="space-y-4 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-bold text-slate-900">{t("attendeesLegend")}</legend>
        {err("attendees") ? <p className="font-semibold text-red-800">{err("attendees")?.[0]}</p> : null}
        {rows.length === 0 ? <p className="text-slate-800">{t("noAttendees")}</p> : null}
        {rows.map((row, i) => {
          const n = (f: string) => `attendees.${i}.${f}`;
          const rowLabel = t("attendee", { n: i + 1 });
          return (
            <fieldset key={row.key} className="rounded border border-slate-400 p-4">
              <legend className="px-1 font-bold text-slate-900">{rowLabel}</legend>
              <div className="grid gap-4 sm:grid-cols-2">
                <div className="sm:col-span-2">
                  {row.isNew ? (
                    <div className="grid gap-4 sm:grid-cols-2">
                      <input type="hidden" name={n("isNew")} value="on" />
                      <TextField
                        id={`attendee-${row.key}-person`}
                        name={n("newFirstName")}
                        label={t("newFirstName")}
                        required
                        defaultValue={row.initial.newFirstName ?? ""}
                        error={err(n("newFirstName"))}
                      />
                      <TextField
                        id={`attendee-${row.key}-lastName`}
                        name={n("newLastName")}
                        label={t("newLastName")}
                        required
                        defaultValue={row.initial.newLastName ?? ""}
                        error={err(n("newLastName"))}
                      />
                    </div>
                  ) : (
                    <PersonCombobox
                      id={`attendee-${row.key}-person`}
                      name={n("personId")}
                      labelName={n("personLabel")}
                      label={t("person")}
                      required
                      initial={row.initial.personId ? { id: row.initial.personId, label: row.initial.personLabel } : null}
                      error={err(n("personId"))?.[0]}
                      messages={{ hint: t("personHint"), noResults: t("noResults"), results: t.raw("results") as string }}
                    />
                  )}
                  <Button variant="secondary" className="mt-2" onClick={() => toggleNew(row.key)}>
                    {row.isNew ? t("pickExisting", { row: rowLabel }) : t("addNewPerson", { row: rowLabel })}
                  </Button>
                </div>
                <Select name={n("role")} id={`attendee-${row.key}-role`} label={t("role")} options={choices.roles} defaultValue={row.initial.role} error={err(n("role"))} />
                <Select name={n("mode")} id={`attendee-${row.key}-mode`} label={t("mode")} options={choices.modes} defaultValue={row.initial.mode} error={err(n("mode"))} />
                <Select
                  name={n("status")}
                  id={`attendee-${row.key}-status`}
                  label={t("status")}
                  options={choices.statuses}
                  value={row.status}
                  onChange={(e) => chooseStatus(row.key, e.target.value)}
                  error={err(n("status"))}
                />
                <TextField
                  name={n("travelCostCzk")}
                  id={`attendee-${row.key}-cost`}
                  label={t("travelCostCzk")}
                  hint={t("travelCostHint")}
                  inputMode="decimal"
                  defaultValue={row.initial.travelCostCzk ?? ""}
                  error={err(n("travelCostCzk"))}
                />
              </div>
              <Button variant="secondary" className="mt-3" onClick={() => removeRow(row.key)}>
                {t("removeAttendee", { row: rowLabel })}
              </Button>
            </fieldset>
          );
        })}
        <Button ref={addButton} variant="secondary" onClick={addRow}>
          {t("addAttendee")}
        </Button>
      </fieldset>
    </>
  );
}
