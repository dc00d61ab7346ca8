/**
 * The confirmation shown once on the page a successful save leads to (a GOV.UK notification
 * banner). The redirect carries only a key from this list; the banner looks its text up, so a
 * crafted URL can show nothing but one of our own sentences.
 */
export const FLASH_KEYS = [
  "organisationCreated",
  "organisationSaved",
  "periodAdded",
  "periodSaved",
  "membershipEnded",
  "bodySaved",
  "feeSaved",
  "personSaved",
  "personAnonymised",
  "seatSaved",
  "seatEnded",
  "departmentSaved",
  "meetingSaved",
  "reportSaved",
  "userCreated",
  "calendarTokenRevoked",
  "planningRateSaved",
  "planningRateRemoved",
] as const;

export type FlashKey = (typeof FLASH_KEYS)[number];

export const FLASH_PARAM = "saved";

export function isFlashKey(value: unknown): value is FlashKey {
  return typeof value === "string" && (FLASH_KEYS as readonly string[]).includes(value);
}

/** The path with the flash key added to its query, before any #fragment. */
export function withFlash(path: string, key: FlashKey): string {
  const hashAt = path.indexOf("#");
  const base = hashAt === -1 ? path : path.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : path.slice(hashAt);
  const sep = base.includes("?") ? "&" : "?";
  return `${base}${sep}${FLASH_PARAM}=${key}${hash}`;
}
