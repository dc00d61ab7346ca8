ALTER TABLE "sign_in_attempts" ADD COLUMN "throttled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_in_attempts" ADD COLUMN "device" text;--> statement-breakpoint
CREATE INDEX "sign_in_attempts_device_idx" ON "sign_in_attempts" USING btree ("device","at");--> statement-breakpoint
CREATE TABLE "sign_in_failure_tallies" (
	"window_start" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"failures" integer NOT NULL,
	"first_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reported" boolean DEFAULT false NOT NULL,
	CONSTRAINT "sign_in_failure_tallies_window_start_reason_pk" PRIMARY KEY("window_start","reason")
);
