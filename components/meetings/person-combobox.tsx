"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { controlClass, FieldError, FieldLabel } from "@/components/ui/field";

type Option = { id: string; label: string };

/**
 * Search-as-you-type among people, after the WAI-ARIA combobox pattern (list autocomplete):
 * type two letters, ArrowDown/ArrowUp move through the matches, Enter picks, Escape closes.
 * The chosen person's id travels in a hidden field; typing again clears it, so a name that was
 * not picked from the list is never saved as someone else.
 */
export function PersonCombobox({
  id,
  name,
  labelName,
  label,
  initial,
  error,
  required,
  messages,
}: {
  id: string;
  /** The hidden field with the person's id, e.g. "attendees.0.personId". */
  name: string;
  /** The hidden field echoing the shown text back to a refused form. */
  labelName: string;
  label: string;
  initial?: Option | null;
  error?: string;
  required?: boolean;
  messages: { hint: string; noResults: string; results: string };
}) {
  const listId = useId();
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const [text, setText] = useState(initial?.label ?? "");
  const [selected, setSelected] = useState<Option | null>(initial?.id ? initial : null);
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const request = useRef(0);

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  /** Asks the server for matches a moment after the user stops typing; a late older answer is dropped. */
  const search = (term: string) => {
    if (timer.current) clearTimeout(timer.current);
    const ticket = ++request.current;
    if (term.length < 2) {
      setOptions([]);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(async () => {
      try {
        const res = await fetch(`/meetings/people-search?q=${encodeURIComponent(term)}`, { credentials: "same-origin" });
        const data = res.ok ? ((await res.json()) as Option[]) : [];
        if (ticket !== request.current) return;
        setOptions(data);
        setOpen(true);
        setActive(data.length > 0 ? 0 : -1);
        setStatus(data.length > 0 ? messages.results.replace("{count}", String(data.length)) : messages.noResults);
      } catch {
        if (ticket === request.current) setOptions([]);
      }
    }, 150);
  };

  const pick = (o: Option) => {
    request.current++;
    setSelected(o);
    setText(o.label);
    setOpen(false);
    setActive(-1);
    setStatus("");
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && options.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (e.key === "ArrowUp" && options.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (e.key === "Enter" && open) {
      // Enter picks the highlighted match instead of submitting the whole form.
      e.preventDefault();
      const o = options[active];
      if (o) pick(o);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const expanded = open && options.length > 0;
  return (
    <div className="relative">
      <FieldLabel htmlFor={id} required={required}>
        {label}
      </FieldLabel>
      <p id={hintId} className="mb-1 text-sm text-slate-700">
        {messages.hint}
      </p>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
        aria-required={required}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSelected(null);
          search(e.target.value.trim());
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className={controlClass(Boolean(error))}
      />
      <input type="hidden" name={name} value={selected?.id ?? ""} />
      <input type="hidden" name={labelName} value={selected ? selected.label : ""} />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-slate-600 bg-white shadow-lg"
      >
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
            className={i === active ? "cursor-pointer bg-blue-800 px-3 py-2 text-white" : "cursor-pointer px-3 py-2 text-slate-900"}
          >
            {o.label}
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {status}
      </p>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
