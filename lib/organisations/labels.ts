import cs from "@/lib/i18n/messages/cs.json";
import type { MembershipState } from "./status";

/** Czech status names for messages the server words itself (e.g. which period collides). */
export const MEMBERSHIP_STATUS_CS = cs.enums.membershipStatus as Record<MembershipState, string>;
