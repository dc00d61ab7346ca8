import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { searchPeople } from "@/lib/meetings/queries";

/** Search as you type for the attendance combobox: JSON, checked like every read. */
export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  try {
    const results = await searchPeople(await getActor(), { q });
    return NextResponse.json(results, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof DomainError) {
      return NextResponse.json({ error: e.message }, { status: e.code === "unauthenticated" ? 401 : 403 });
    }
    throw e;
  }
}
