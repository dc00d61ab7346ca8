CREATE TYPE "public"."attendance_mode" AS ENUM('in_person', 'online');--> statement-breakpoint
CREATE TYPE "public"."attendance_role" AS ENUM('delegate', 'speaker', 'observer');--> statement-breakpoint
CREATE TYPE "public"."attendance_status" AS ENUM('registered', 'attended', 'excused');--> statement-breakpoint
CREATE TYPE "public"."body_kind" AS ENUM('forum', 'working_group', 'committee', 'board');--> statement-breakpoint
CREATE TYPE "public"."engagement_level" AS ENUM('essential', 'active', 'limited', 'ad_hoc', 'not_assessed');--> statement-breakpoint
CREATE TYPE "public"."fee_status" AS ENUM('planned', 'invoiced', 'paid', 'waived');--> statement-breakpoint
CREATE TYPE "public"."meeting_kind" AS ENUM('general_assembly', 'forum_meeting', 'working_group', 'conference', 'online');--> statement-breakpoint
CREATE TYPE "public"."membership_status" AS ENUM('observer', 'full', 'associate', 'via_state', 'ended');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('city_network', 'ngo', 'cultural_route', 'intergovernmental');--> statement-breakpoint
CREATE TYPE "public"."organisation_scope" AS ENUM('european', 'global');--> statement-breakpoint
CREATE TYPE "public"."recommendation" AS ENUM('continue', 'strengthen', 'review', 'withdraw');--> statement-breakpoint
CREATE TYPE "public"."representation_role" AS ENUM('political_representative', 'primary_contact', 'deputy', 'forum_member');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'coordinator', 'staff', 'manager', 'auditor');--> statement-breakpoint
CREATE TABLE "bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_cs" text,
	"kind" "body_kind" NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bodies_organisation_name_key" UNIQUE("organisation_id","name"),
	CONSTRAINT "bodies_id_organisation_key" UNIQUE("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "membership_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" "membership_status" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"start_decision" text,
	"start_decision_date" date,
	"end_decision" text,
	"end_decision_date" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_periods_range_check" CHECK ("membership_periods"."valid_to" is null or "membership_periods"."valid_to" >= "membership_periods"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_cs" text,
	"abbreviation" text,
	"website" text,
	"description" text,
	"kind" "organisation_kind" NOT NULL,
	"scope" "organisation_scope" NOT NULL,
	"notice_period_months" smallint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_name_key" UNIQUE("name"),
	CONSTRAINT "organisations_notice_period_check" CHECK ("organisations"."notice_period_months" between 0 and 24)
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"abolished_on" date,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"title" text,
	"email" text,
	"phone" text,
	"department_id" uuid,
	"left_on" date,
	"anonymised_at" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "representations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"body_id" uuid,
	"person_id" uuid,
	"department_id" uuid,
	"role" "representation_role" NOT NULL,
	"deputy_for_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"mandate_source" text,
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "representations_holder_check" CHECK (("representations"."person_id" is not null) or ("representations"."department_id" is not null)),
	CONSTRAINT "representations_range_check" CHECK ("representations"."valid_to" is null or "representations"."valid_to" >= "representations"."valid_from"),
	CONSTRAINT "representations_deputy_check" CHECK (("representations"."role" = 'deputy') = ("representations"."deputy_for_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "fees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	"amount_czk" numeric(14, 2),
	"due_on" date,
	"invoiced_on" date,
	"paid_on" date,
	"invoice_number" text,
	"budget_item" text,
	"status" "fee_status" DEFAULT 'planned' NOT NULL,
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fees_amount_check" CHECK ("fees"."amount" >= 0),
	CONSTRAINT "fees_amount_czk_check" CHECK ("fees"."amount_czk" is null or "fees"."amount_czk" >= 0),
	CONSTRAINT "fees_currency_check" CHECK ("fees"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "fees_year_check" CHECK ("fees"."year" between 1900 and 2200),
	CONSTRAINT "fees_paid_check" CHECK ("fees"."status" <> 'paid' or "fees"."paid_on" is not null),
	CONSTRAINT "fees_paid_after_invoice_check" CHECK ("fees"."paid_on" is null or "fees"."invoiced_on" is null or "fees"."paid_on" >= "fees"."invoiced_on")
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "attendance_role" DEFAULT 'delegate' NOT NULL,
	"mode" "attendance_mode" DEFAULT 'in_person' NOT NULL,
	"status" "attendance_status" DEFAULT 'registered' NOT NULL,
	"travel_cost_czk" numeric(12, 2),
	"trip_report" text,
	"trip_report_filed_on" date,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_meeting_person_key" UNIQUE("meeting_id","person_id"),
	CONSTRAINT "attendance_travel_cost_check" CHECK ("attendance"."travel_cost_czk" is null or "attendance"."travel_cost_czk" >= 0),
	CONSTRAINT "attendance_online_cost_check" CHECK ("attendance"."mode" <> 'online' or coalesce("attendance"."travel_cost_czk", 0) = 0),
	CONSTRAINT "attendance_report_check" CHECK (("attendance"."trip_report" is null) = ("attendance"."trip_report_filed_on" is null))
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"body_id" uuid,
	"kind" "meeting_kind" NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"city" text,
	"country" text,
	"agenda_url" text,
	"outcome" text,
	"created_by_id" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_range_check" CHECK ("meetings"."ends_on" >= "meetings"."starts_on"),
	CONSTRAINT "meetings_country_check" CHECK ("meetings"."country" is null or "meetings"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "engagement_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"level" "engagement_level" NOT NULL,
	"activity" smallint,
	"continuity" smallint,
	"benefit" smallint,
	"recommendation" "recommendation",
	"rationale" text,
	"author_id" uuid,
	"assessed_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_assessments_organisation_year_key" UNIQUE("organisation_id","year"),
	CONSTRAINT "engagement_assessments_year_check" CHECK ("engagement_assessments"."year" between 1900 and 2200),
	CONSTRAINT "engagement_assessments_dimensions_check" CHECK (coalesce("engagement_assessments"."activity", 0) between 0 and 3
      and coalesce("engagement_assessments"."continuity", 0) between 0 and 3
      and coalesce("engagement_assessments"."benefit", 0) between 0 and 3)
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"ip" text,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"department_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"password_hash" text,
	"session_version" integer DEFAULT 1 NOT NULL,
	"external_issuer" text,
	"external_subject" text,
	"last_sign_in_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_external_identity_key" UNIQUE("external_issuer","external_subject"),
	CONSTRAINT "users_staff_department_check" CHECK ("users"."role" <> 'staff' or "users"."department_id" is not null),
	CONSTRAINT "users_external_identity_check" CHECK (("users"."external_issuer" is null) = ("users"."external_subject" is null))
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_label" text,
	"entity" text NOT NULL,
	"entity_id" text,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD CONSTRAINT "membership_periods_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_deputy_for_id_representations_id_fk" FOREIGN KEY ("deputy_for_id") REFERENCES "public"."representations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_body_of_organisation_fk" FOREIGN KEY ("body_id","organisation_id") REFERENCES "public"."bodies"("id","organisation_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fees" ADD CONSTRAINT "fees_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_of_organisation_fk" FOREIGN KEY ("body_id","organisation_id") REFERENCES "public"."bodies"("id","organisation_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD CONSTRAINT "engagement_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_assessments" ADD CONSTRAINT "engagement_assessments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bodies_organisation_idx" ON "bodies" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "membership_periods_organisation_idx" ON "membership_periods" USING btree ("organisation_id","valid_from");--> statement-breakpoint
CREATE INDEX "membership_periods_status_idx" ON "membership_periods" USING btree ("status");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_scope_idx" ON "organisations" USING btree ("scope");--> statement-breakpoint
CREATE UNIQUE INDEX "departments_code_key" ON "departments" USING btree (lower("code"));--> statement-breakpoint
CREATE INDEX "people_department_idx" ON "people" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "people_last_name_idx" ON "people" USING btree ("last_name","first_name");--> statement-breakpoint
CREATE INDEX "representations_organisation_idx" ON "representations" USING btree ("organisation_id","valid_from");--> statement-breakpoint
CREATE INDEX "representations_body_idx" ON "representations" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "representations_person_idx" ON "representations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "representations_department_idx" ON "representations" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "representations_deputy_for_idx" ON "representations" USING btree ("deputy_for_id");--> statement-breakpoint
CREATE INDEX "fees_organisation_year_idx" ON "fees" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "fees_year_status_idx" ON "fees" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "fees_due_on_idx" ON "fees" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "attendance_person_idx" ON "attendance" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "attendance_status_idx" ON "attendance" USING btree ("meeting_id","status");--> statement-breakpoint
CREATE INDEX "meetings_organisation_starts_idx" ON "meetings" USING btree ("organisation_id","starts_on");--> statement-breakpoint
CREATE INDEX "meetings_body_idx" ON "meetings" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "meetings_starts_on_idx" ON "meetings" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "meetings_kind_idx" ON "meetings" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "meetings_created_by_idx" ON "meetings" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "engagement_assessments_year_idx" ON "engagement_assessments" USING btree ("year","level");--> statement-breakpoint
CREATE INDEX "engagement_assessments_author_idx" ON "engagement_assessments" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_idx" ON "sign_in_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_idx" ON "sign_in_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");