CREATE TYPE "public"."council_body" AS ENUM('rada', 'zastupitelstvo');--> statement-breakpoint
CREATE TABLE "council_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body" "council_body" NOT NULL,
	"number" text NOT NULL,
	"decided_on" date NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_decisions_body_number_date_key" UNIQUE("body","number","decided_on"),
	CONSTRAINT "council_decisions_url_check" CHECK ("council_decisions"."url" is null or "council_decisions"."url" ~* '^https?://')
);--> statement-breakpoint
CREATE INDEX "council_decisions_decided_on_idx" ON "council_decisions" USING btree ("decided_on");--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "start_decision_id" uuid;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "end_decision_id" uuid;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD CONSTRAINT "membership_periods_start_decision_id_council_decisions_id_fk" FOREIGN KEY ("start_decision_id") REFERENCES "public"."council_decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD CONSTRAINT "membership_periods_end_decision_id_council_decisions_id_fk" FOREIGN KEY ("end_decision_id") REFERENCES "public"."council_decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_periods_start_decision_idx" ON "membership_periods" USING btree ("start_decision_id");--> statement-breakpoint
CREATE INDEX "membership_periods_end_decision_idx" ON "membership_periods" USING btree ("end_decision_id");--> statement-breakpoint
ALTER TABLE "fees" ADD COLUMN "decision_id" uuid;--> statement-breakpoint
ALTER TABLE "fees" ADD CONSTRAINT "fees_decision_id_council_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."council_decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fees_decision_idx" ON "fees" USING btree ("decision_id");--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "decision_id" uuid;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD CONSTRAINT "engagement_assessments_decision_id_council_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."council_decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "engagement_assessments_decision_idx" ON "engagement_assessments" USING btree ("decision_id");--> statement-breakpoint
-- The notice rules (0016) replace the single "months before the year end" field. A value written
-- since 0016 copied it (an organisation without a rule) becomes a rule of that kind before the
-- column goes; a rule already recorded wins.
INSERT INTO "notice_rules" ("organisation_id", "kind", "months")
SELECT "o"."id", 'calendar_year_end', "o"."notice_period_months" FROM "organisations" "o"
WHERE "o"."notice_period_months" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "notice_rules" "n" WHERE "n"."organisation_id" = "o"."id");--> statement-breakpoint
ALTER TABLE "organisations" DROP CONSTRAINT "organisations_notice_period_check";--> statement-breakpoint
ALTER TABLE "organisations" DROP COLUMN "notice_period_months";
