CREATE TABLE "council_report_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"format" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_report_files_report_format_key" UNIQUE("report_id","format"),
	CONSTRAINT "council_report_files_format_check" CHECK ("council_report_files"."format" in ('docx', 'pdf', 'html')),
	CONSTRAINT "council_report_files_sha256_check" CHECK ("council_report_files"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "council_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"final_number" integer,
	"introduction" text NOT NULL,
	"annual_texts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"content" jsonb,
	"created_by_id" uuid,
	"finalised_by_id" uuid,
	"finalised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_reports_final_number_key" UNIQUE("year","final_number"),
	CONSTRAINT "council_reports_year_check" CHECK ("council_reports"."year" between 1900 and 2200),
	CONSTRAINT "council_reports_status_check" CHECK ("council_reports"."status" in ('draft', 'final')),
	CONSTRAINT "council_reports_final_check" CHECK (("council_reports"."status" = 'final') = ("council_reports"."final_number" is not null and "council_reports"."content" is not null and "council_reports"."finalised_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "council_report_files" ADD CONSTRAINT "council_report_files_report_id_council_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."council_reports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_reports" ADD CONSTRAINT "council_reports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_reports" ADD CONSTRAINT "council_reports_finalised_by_id_users_id_fk" FOREIGN KEY ("finalised_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_reports_year_idx" ON "council_reports" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "council_reports_one_draft_key" ON "council_reports" USING btree ("year") WHERE "council_reports"."status" = 'draft';--> statement-breakpoint
CREATE FUNCTION council_report_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'council_report_files' OR OLD.status = 'final' THEN
    RAISE EXCEPTION 'a final council report and its files are frozen' USING ERRCODE = '23P01';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER council_reports_frozen BEFORE UPDATE OR DELETE ON "council_reports" FOR EACH ROW EXECUTE FUNCTION council_report_frozen();
--> statement-breakpoint
CREATE TRIGGER council_report_files_frozen BEFORE UPDATE OR DELETE ON "council_report_files" FOR EACH ROW EXECUTE FUNCTION council_report_frozen();
