-- An account may be linked to the person it belongs to, so a member of staff can add themself to
-- a meeting without creating a second record of themself. One account per person.
ALTER TABLE "users" ADD COLUMN "person_id" uuid;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "users_person_key" ON "users" USING btree ("person_id");
