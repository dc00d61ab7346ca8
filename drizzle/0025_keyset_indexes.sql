-- Keyset pages (docs/ARCHITECTURE.md, "Lists"; lib/lists/keyset.ts) read an index range in the
-- lists' own order, whatever the page. Each new index replaces one that served only a prefix of
-- that order, so the tables keep as many indexes as before.
--
-- The audit log (at desc, id desc): an index on "at" alone left the events of one transaction,
-- which share their moment (a bulk import writes thousands), to be read and sorted in full for a
-- cursor inside them; (at, id) is the order itself and serves every query "at" alone served.
CREATE INDEX "audit_events_at_id_idx" ON "audit_events" USING btree ("at","id");--> statement-breakpoint
DROP INDEX IF EXISTS "audit_events_at_idx";--> statement-breakpoint
-- People (surname, first name in Czech order, id): the index in the default collation could not
-- give the Czech order, so every page sorted everyone.
CREATE INDEX "people_name_czech_idx" ON "people" USING btree ("last_name" COLLATE czech,"first_name" COLLATE czech,"id");--> statement-breakpoint
DROP INDEX IF EXISTS "people_last_name_idx";
