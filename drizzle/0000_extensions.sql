-- Extensions the schema and later features rely on. Guarded so that a Postgres-compatible engine
-- lacking one still migrates: the constraints that need btree_gist fall back to the row lock in
-- the write path (lib/memberships), and search falls back to plain ILIKE.
DO $$
DECLARE ext text;
BEGIN
  FOREACH ext IN ARRAY ARRAY['btree_gist', 'unaccent', 'pg_trgm'] LOOP
    BEGIN
      EXECUTE format('CREATE EXTENSION IF NOT EXISTS %I', ext);
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'extension % is not available: %', ext, SQLERRM;
    END;
  END LOOP;
END $$;
