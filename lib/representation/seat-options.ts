/** One choice in a select: what is posted and what is shown. */
type Option = { value: string; label: string };

/** The choices the seat forms offer, prepared on the server (labels included). */
export type SeatOptions = {
  organisations: Option[];
  bodies: Option[];
  people: Option[];
  departments: Option[];
  mainSeats: Option[];
};
