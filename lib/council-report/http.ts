import "server-only";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";

/** A refusal as plain Czech text with its status, never a stack trace. */
export function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** Runs a download for the signed-in actor, turning the read path's refusals into 401/403. */
export async function download(run: (actor: Actor) => Promise<Response>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return refusal(401, "Nejste přihlášeni. Přihlaste se prosím znovu.");
  try {
    return await run(actor);
  } catch (e) {
    if (e instanceof DomainError && (e.code === "forbidden" || e.code === "unauthenticated")) {
      return refusal(e.code === "forbidden" ? 403 : 401, e.message);
    }
    throw e;
  }
}

export function fileResponse(bytes: Uint8Array, contentType: string, filename: string, sha256?: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      ...(sha256 ? { Digest: `sha-256=${Buffer.from(sha256, "hex").toString("base64")}` } : {}),
    },
  });
}
