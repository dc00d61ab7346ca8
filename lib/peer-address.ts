import http from "node:http";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/throttle";

/**
 * Next.js gives route handlers no socket address, and fills X-Forwarded-For from the socket only
 * when the client sent none, so with no proxy in front that header is whatever the client wrote.
 * This stamps every incoming request with the TCP peer's address in a header of our own,
 * replacing any value a client sent, before Next.js sees the request. The sign-in throttle
 * (clientAddress) reads it when no proxy is trusted.
 *
 * NOTE: it wraps http.Server's `emit` for the "request" event, as the server `next start` creates
 * is not reachable from the app. Requests taken before it is installed (none after start) carry
 * no stamp and share one address key.
 */
export function installPeerAddressStamp(): void {
  const proto = http.Server.prototype as http.Server & { __registryPeerStamp?: boolean };
  if (proto.__registryPeerStamp) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
  proto.__registryPeerStamp = true;
}
