import type messages from "./messages/cs.json";
import type { Locale } from "./config";

// Czech is the reference vocabulary: every key the code asks for must exist in cs.json (a type
// error otherwise), and a unit test keeps en.json's keys identical to it.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
