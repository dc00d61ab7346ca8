-- fold(text): lower-case without diacritics, so that "zenska" finds "ženská" and "liga" finds
-- "Liga historických měst". IMMUTABLE (unlike unaccent() itself), so it can back an index.
-- Without the unaccent extension it degrades to lower().
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
    CREATE FUNCTION fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $f$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $f$;
  ELSE
    CREATE FUNCTION fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $f$ SELECT lower(t) $f$;
  END IF;
END $$;
