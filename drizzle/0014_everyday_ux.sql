CREATE TABLE "trip_report_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attendance_id" uuid NOT NULL,
	"trip_report" text NOT NULL,
	"trip_report_filed_on" date NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_by_id" uuid
);
--> statement-breakpoint
ALTER TABLE "trip_report_revisions" ADD CONSTRAINT "trip_report_revisions_attendance_id_attendance_id_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendance"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "trip_report_revisions" ADD CONSTRAINT "trip_report_revisions_replaced_by_id_users_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "trip_report_revisions_attendance_idx" ON "trip_report_revisions" USING btree ("attendance_id","replaced_at");
