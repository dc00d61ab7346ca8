/** The look of the plain GET filter forms above the lists (native controls, no JS needed). */
export const FILTER_CONTROL = "block w-full rounded border border-slate-600 bg-white px-3 py-2 text-slate-900";
export const FILTER_LABEL = "mb-1 block font-semibold text-slate-900";
