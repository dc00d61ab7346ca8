/**
 * Outcomes a user can act on. Thrown inside the write path (rolling the transaction back) and
 * turned into a typed result; never shown as a 500 or a stack trace.
 */
export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "invalid"
  | "not_found"
  | "stale"
  | "conflict"
  | "throttled"
  | "unavailable"
  | "internal";

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

export const MESSAGES = {
  unauthenticated: "Nejste přihlášeni. Přihlaste se prosím znovu.",
  forbidden: "K této akci nemáte oprávnění.",
  invalid: "Formulář obsahuje chyby. Opravte prosím označená pole.",
  not_found: "Záznam nebyl nalezen. Mohl být mezitím odstraněn.",
  stale: "Záznam mezitím změnil někdo jiný. Načtěte stránku znovu a změny zopakujte.",
  conflict: "Záznam je v rozporu s jiným existujícím záznamem.",
  throttled: "Příliš mnoho pokusů. Zkuste to prosím později.",
  unavailable: "Databáze je dočasně nedostupná, zkuste to za chvíli; nic se neuložilo.",
  internal: "Něco se nepovedlo na naší straně. Nic nebylo uloženo; zkuste to prosím znovu.",
} as const satisfies Record<ErrorCode, string>;

export const forbiddenError = (message: string = MESSAGES.forbidden) => new DomainError("forbidden", message);
export const notFoundError = () => new DomainError("not_found", MESSAGES.not_found);
export const staleError = () => new DomainError("stale", MESSAGES.stale);
export const fieldError = (field: string, message: string) =>
  new DomainError("invalid", MESSAGES.invalid, { [field]: [message] });

/** The SQLSTATE of a database error, wherever Drizzle, pg or PGlite put it in the cause chain. */
export function sqlState(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The name of the violated constraint, from the same cause chain. */
export function violatedConstraint(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    const c = (e as { constraint?: unknown }).constraint;
    if (typeof c === "string") return c;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * True when an error means the database cannot be reached (down, restarting, refusing
 * connections), not that a statement was wrong: a connection-class SQLSTATE (08xxx), the
 * server shutting down (57P01–57P03), too many connections (53300), or the driver failing to
 * connect or losing its socket.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const state = sqlState(error);
  if (state) return state.startsWith("08") || ["57P01", "57P02", "57P03", "53300"].includes(state);
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "EPIPE"].includes(code)) {
      return true;
    }
    if (typeof message === "string" && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message)) {
      return true;
    }
    // Node wraps a refused connection to a host with several addresses (localhost) in an AggregateError.
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
