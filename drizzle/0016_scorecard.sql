CREATE TYPE "public"."assessment_review" AS ENUM('draft', 'approved', 'returned');--> statement-breakpoint
CREATE TYPE "public"."reform_progress" AS ENUM('none', 'some', 'significant');--> statement-breakpoint
CREATE TYPE "public"."notice_rule_kind" AS ENUM('calendar_year_end', 'financial_year_end', 'from_delivery', 'any_time');--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "a_capitals" smallint;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "a_cooperation" smallint;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "a_promotion" smallint;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "b_transparency" smallint;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "b_cost" smallint;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "b_results" smallint;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "b_partnership" smallint;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "justification_a" text;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "justification_b" text;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "review" "assessment_review" DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "reviewer_id" uuid;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD CONSTRAINT "engagement_assessments_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD CONSTRAINT "engagement_assessments_scores_check" CHECK (coalesce("a_capitals", 1) between 1 and 4 and coalesce("a_cooperation", 1) between 1 and 4 and coalesce("a_promotion", 1) between 1 and 4 and coalesce("b_transparency", 1) between 1 and 4 and coalesce("b_cost", 1) between 1 and 4 and coalesce("b_results", 1) between 1 and 4 and coalesce("b_partnership", 1) between 1 and 4);--> statement-breakpoint
-- Assessments written before moderation existed stand as they were: approved.
UPDATE "engagement_assessments" SET "review" = 'approved';--> statement-breakpoint
CREATE INDEX "engagement_assessments_review_idx" ON "engagement_assessments" USING btree ("year","review");--> statement-breakpoint
CREATE TABLE "reform_asks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"text" text NOT NULL,
	"progress" "reform_progress" DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reform_asks_assessment_position_key" UNIQUE("assessment_id","position")
);--> statement-breakpoint
ALTER TABLE "reform_asks" ADD CONSTRAINT "reform_asks_assessment_id_engagement_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."engagement_assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE TABLE "notice_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "notice_rule_kind" NOT NULL,
	"months" smallint,
	"financial_year_end_month" smallint,
	"financial_year_end_day" smallint,
	"pro_rata_dues" boolean DEFAULT false NOT NULL,
	"statute_article" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_rules_organisation_key" UNIQUE("organisation_id"),
	CONSTRAINT "notice_rules_months_check" CHECK (("kind" = 'any_time' and "months" is null) or ("kind" <> 'any_time' and "months" between 0 and 36)),
	CONSTRAINT "notice_rules_financial_year_check" CHECK (("kind" = 'financial_year_end') = ("financial_year_end_month" is not null and "financial_year_end_day" is not null) and coalesce("financial_year_end_month", 1) between 1 and 12 and coalesce("financial_year_end_day", 1) between 1 and 31)
);--> statement-breakpoint
ALTER TABLE "notice_rules" ADD CONSTRAINT "notice_rules_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- The single "months before the end of the year" field becomes a rule of that kind.
INSERT INTO "notice_rules" ("organisation_id", "kind", "months")
SELECT "id", 'calendar_year_end', "notice_period_months" FROM "organisations" WHERE "notice_period_months" IS NOT NULL;
