-- Audit events written before crypto-shredding (0013_audit_trail_time) hold a person's personal
-- fields in clear, where erasure by deleting the person's key cannot reach them. This migration
-- wraps those values once, in place, in the same form lib/audit.ts writes today
-- ({"$enc": base64 of pgp_sym_encrypt(value, key)}):
-- - a person who is not anonymised gets (or keeps) a key in person_audit_keys, and the values
--   stay readable through audit_reveal exactly as before;
-- - a person already anonymised has no key any more: the values are encrypted with a random key
--   that is never stored, so they read "[anonymizováno]" like every later event of that person.
-- Only the five personal fields of person events change; every other field, the event's id,
-- moment, actor, entity and action stay as they were. It is the schema owner's one-time key
-- wrapping, not an edit through the application: the app role cannot disable the append-only
-- trigger (it owns no table, README "Running on a real Postgres"), only the owner running
-- migrations can, for the length of this statement, and the rewrite leaves an audit event
-- (entity audit_log, action seal_personal) with its counts. See docs/ARCHITECTURE.md, "Audit
-- trail and personal data".
CREATE FUNCTION audit_has_clear_personal(doc jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT doc IS NOT NULL AND jsonb_typeof(doc) = 'object' AND EXISTS (
    SELECT 1 FROM jsonb_each(doc) j
    WHERE j.key IN ('title', 'firstName', 'lastName', 'email', 'phone')
      AND jsonb_typeof(j.value) = 'string' AND j.value #>> '{}' <> '')
$$;
--> statement-breakpoint
CREATE FUNCTION audit_seal_personal_doc(doc jsonb, k text) RETURNS jsonb
LANGUAGE sql VOLATILE AS $$
  SELECT CASE WHEN NOT audit_has_clear_personal(doc) THEN doc ELSE (
    SELECT jsonb_object_agg(j.key,
      CASE WHEN j.key IN ('title', 'firstName', 'lastName', 'email', 'phone')
          AND jsonb_typeof(j.value) = 'string' AND j.value #>> '{}' <> ''
        THEN jsonb_build_object('$enc', encode(pgp_sym_encrypt(j.value #>> '{}', k), 'base64'))
        ELSE j.value END)
    FROM jsonb_each(doc) j) END
$$;
--> statement-breakpoint
-- Returns how many events it wrapped; a second run finds none and changes nothing.
CREATE FUNCTION audit_seal_clear_personal() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  sealed integer;
  persons integer;
  erased integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity = 'person'
      AND (audit_has_clear_personal(e.before) OR audit_has_clear_personal(e.after))) THEN
    RETURN 0;
  END IF;
  INSERT INTO person_audit_keys (person_id, key)
    SELECT DISTINCT p.id, encode(gen_random_bytes(32), 'hex')
    FROM audit_events e JOIN people p ON p.id::text = e.entity_id
    WHERE e.entity = 'person' AND p.anonymised_at IS NULL
      AND (audit_has_clear_personal(e.before) OR audit_has_clear_personal(e.after))
  ON CONFLICT (person_id) DO NOTHING;
  SELECT count(DISTINCT e.entity_id), count(DISTINCT e.entity_id) FILTER (WHERE k.person_id IS NULL)
    INTO persons, erased
    FROM audit_events e LEFT JOIN person_audit_keys k ON k.person_id::text = e.entity_id
    WHERE e.entity = 'person' AND (audit_has_clear_personal(e.before) OR audit_has_clear_personal(e.after));
  ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete;
  WITH targets AS (
    SELECT e.id, coalesce(k.key, encode(gen_random_bytes(32), 'hex')) AS key
    FROM audit_events e LEFT JOIN person_audit_keys k ON k.person_id::text = e.entity_id
    WHERE e.entity = 'person' AND (audit_has_clear_personal(e.before) OR audit_has_clear_personal(e.after))
  )
  UPDATE audit_events e
    SET before = audit_seal_personal_doc(e.before, t.key), after = audit_seal_personal_doc(e.after, t.key)
    FROM targets t WHERE e.id = t.id;
  GET DIAGNOSTICS sealed = ROW_COUNT;
  ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete;
  INSERT INTO audit_events (actor_id, actor_label, entity, entity_id, action, before, after, note)
    VALUES (NULL, NULL, 'audit_log', NULL, 'seal_personal', NULL,
      jsonb_build_object('events', sealed, 'people', persons, 'anonymised', erased, 'migration', '0023_seal_legacy_personal'),
      'Jednorázové zašifrování osobních údajů osob v auditních záznamech pořízených před zavedením šifrování klíčem osoby (migrace vlastníka schématu). Ostatní údaje záznamů beze změny.');
  RETURN sealed;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_seal_clear_personal() FROM PUBLIC;
--> statement-breakpoint
SELECT audit_seal_clear_personal();
