import type { Db } from "../client";

/** Placeholder until the seed lands: reference data always, demo data and users when `demo`. */
export async function seed(_db: Db, _options: { demo: boolean }): Promise<void> {}
