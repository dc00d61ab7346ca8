import type { Role } from "@/lib/permissions";

// The claims our session token and client session carry (lib/auth/token.ts). Informative on
// the client; the server's checks re-read the user (lib/auth/actor.ts).
declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    signedInAt?: number;
    role?: Role;
    departmentId?: string | null;
  }
}

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role; departmentId: string | null };
  }
}
