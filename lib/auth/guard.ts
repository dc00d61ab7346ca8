import "server-only";
import { forbidden, redirect } from "next/navigation";
import { recordSecurityEvent } from "@/lib/audit";
import { can, type Actor, type Permission } from "@/lib/permissions";
import { getActor } from "./session";
import { onDatabaseOutage } from "@/lib/outage";

/** For pages: the signed-in actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor().catch(onDatabaseOutage);
  if (!actor) redirect("/signin");
  return actor;
}

/**
 * For pages and route handlers: the actor when their role holds the permission; otherwise the
 * 403 page (and a logged denied access). This is the check; navigation only mirrors it.
 */
export async function requirePermission(permission: Permission, path?: string): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) {
    await recordSecurityEvent({ action: "access_denied", actor, subject: path ?? permission });
    forbidden();
  }
  return actor;
}
