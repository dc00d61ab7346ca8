-- Czech sort order for names ("Ch" after "H", "Č" after "C"): ORDER BY … COLLATE czech.
-- Real Postgres has ICU's Czech tailoring; embedded PGlite ships ICU's root rules only, so there
-- the same collation sorts diacritics next to their base letter but not "ch" after "h".
DO $$
BEGIN
  CREATE COLLATION IF NOT EXISTS czech (provider = icu, locale = 'cs-CZ');
EXCEPTION WHEN OTHERS THEN
  -- An engine without ICU: fall back to the default collation under the same name.
  CREATE COLLATION IF NOT EXISTS czech FROM "C";
END $$;
