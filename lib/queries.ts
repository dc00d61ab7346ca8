import "server-only";
import { type Db } from "@/db/client";
import { getDb } from "@/lib/db/connection";
import { recordSecurityEvent } from "./audit";
import { DomainError, MESSAGES } from "./errors";
import { onDatabaseOutage } from "./outage";
import { can, type Actor, type Permission } from "./permissions";

/**
 * The one read path: a query function that checks the actor's permission before it touches the
 * database. Pages call these; they never import db/ themselves. A database that cannot be
 * reached sends the user to the outage page rather than an error page.
 */
export function defineQuery<I, T>(def: {
  name: string;
  permission: Permission;
  run: (db: Db, input: I, actor: Actor) => Promise<T>;
}) {
  return async (actor: Actor | null, input: I): Promise<T> => {
    if (!actor) throw new DomainError("unauthenticated", MESSAGES.unauthenticated);
    if (!can(actor.role, def.permission)) {
      await recordSecurityEvent({ action: "access_denied", actor, subject: def.name });
      throw new DomainError("forbidden", MESSAGES.forbidden);
    }
    return def.run(await getDb(), input, actor).catch(onDatabaseOutage);
  };
}
