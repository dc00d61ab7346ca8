-- Crypto-shredding: a person's personal data in audit events is stored encrypted with a key of
-- that person's own, kept here. Anonymisation deletes the key; the events stay (append-only,
-- unaltered) but their personal fields can no longer be read.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
--> statement-breakpoint
CREATE TABLE "person_audit_keys" (
	"person_id" uuid PRIMARY KEY NOT NULL REFERENCES "people"("id") ON DELETE CASCADE,
	"key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- An event's row with its encrypted fields ({"$enc": base64}) decrypted, or marked
-- "[anonymizováno]" once the person's key is gone. The log view and its export read through it.
CREATE FUNCTION audit_reveal(doc jsonb, entity text, entity_id text) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN doc IS NULL OR jsonb_typeof(doc) <> 'object' OR entity <> 'person' THEN doc
    ELSE (
      SELECT coalesce(jsonb_object_agg(j.key,
        CASE WHEN jsonb_typeof(j.value) = 'object' AND j.value ? '$enc'
          THEN coalesce(
            (SELECT to_jsonb(pgp_sym_decrypt(decode(j.value ->> '$enc', 'base64'), k.key))
              FROM person_audit_keys k WHERE k.person_id::text = entity_id),
            '"[anonymizováno]"'::jsonb)
          ELSE j.value END), '{}'::jsonb)
      FROM jsonb_each(doc) j)
  END
$$;
