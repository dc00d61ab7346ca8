import { users } from "@/db/schema";

/**
 * The columns every sign-in path and the per-request re-read take of a user: who they are, what
 * they may do, and whether their session still stands. Never the password hash.
 */
export const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  departmentId: users.departmentId,
  active: users.active,
  sessionVersion: users.sessionVersion,
};
