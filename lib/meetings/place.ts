/** A meeting's place as one line: "Brusel, BE" or the word for online. */
export function placeOf(m: { online: boolean; city: string | null; country: string | null }, onlineWord: string) {
  return m.online ? onlineWord : [m.city, m.country].filter(Boolean).join(", ") || "—";
}
