import { FieldError, fieldIds } from "@/components/ui/field";

/**
 * One scorecard criterion as a radio group: each score with its descriptor beside it, so an
 * assessor picks a sentence, not a bare number. The first radio carries the field's id, which
 * is where an error summary's link lands.
 */
export function CriterionField({
  name,
  label,
  notScored,
  descriptors,
  defaultValue,
  error,
}: {
  name: string;
  label: string;
  notScored: string;
  descriptors: Record<1 | 2 | 3 | 4, string>;
  defaultValue: string | number;
  error?: string[];
}) {
  const f = fieldIds({ name, error });
  const chosen = String(defaultValue ?? "");
  const options: [string, string][] = [
    ...([1, 2, 3, 4] as const).map((s): [string, string] => [String(s), `${s} – ${descriptors[s]}`]),
    ["", notScored],
  ];
  return (
    <fieldset aria-describedby={f.errorId} className="rounded border border-slate-300 p-3" data-criterion={name}>
      <legend className="px-1 font-semibold text-slate-900">{label}</legend>
      <div className="space-y-2">
        {options.map(([value, text], i) => {
          const id = i === 0 ? f.id : `${f.id}-${value || "none"}`;
          return (
            <div key={value || "none"} className="flex items-start gap-3">
              <input
                id={id}
                type="radio"
                name={name}
                value={value}
                defaultChecked={chosen === value}
                className="mt-1 size-5 shrink-0 accent-blue-800"
              />
              <label htmlFor={id} className="text-slate-900">{text}</label>
            </div>
          );
        })}
      </div>
      <FieldError id={f.errorId} message={f.message} />
    </fieldset>
  );
}
