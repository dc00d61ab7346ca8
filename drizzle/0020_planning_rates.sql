CREATE TABLE "planning_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"currency" text NOT NULL,
	"units" integer DEFAULT 1 NOT NULL,
	"rate" numeric(18, 6) NOT NULL,
	"note" text,
	"set_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_rates_year_currency_key" UNIQUE("year","currency"),
	CONSTRAINT "planning_rates_year_check" CHECK ("planning_rates"."year" between 1900 and 2200),
	CONSTRAINT "planning_rates_currency_check" CHECK ("planning_rates"."currency" ~ '^[A-Z]{3}$' and "planning_rates"."currency" <> 'CZK'),
	CONSTRAINT "planning_rates_units_check" CHECK ("planning_rates"."units" > 0),
	CONSTRAINT "planning_rates_rate_check" CHECK ("planning_rates"."rate" > 0)
);
--> statement-breakpoint
ALTER TABLE "planning_rates" ADD CONSTRAINT "planning_rates_set_by_id_users_id_fk" FOREIGN KEY ("set_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
-- THE CZK figure of a fee in the budget plan of its year (docs/ARCHITECTURE.md, "Formats and languages"):
--   a CZK fee its amount; any other currency its amount at the planning rate set for its year
--   and currency (planning_rates), or else at the latest ČNB fixing stored (rate_valid_on with
--   no upper bound); no rate at all → null ("unknown"). Waived fees plan 0.
-- Exact numerics; each fee's figure is rounded to the haléř once, at the end of its computation,
-- half-up (Postgres rounds numeric halves away from zero; amounts are never negative). Totals
-- add these rounded figures, so a total is exactly the sum of the rows it is shown with.
CREATE VIEW fee_plan_czk AS
SELECT f.id AS fee_id,
  CASE
    WHEN f.currency = 'CZK' THEN 'czk'
    WHEN p.rate IS NOT NULL THEN 'planning'
    WHEN r.rate IS NOT NULL THEN 'cnb'
    ELSE 'unknown'
  END AS source,
  CASE
    WHEN f.status = 'waived' THEN 0::numeric(14, 2)
    WHEN f.currency = 'CZK' THEN f.amount
    WHEN p.rate IS NOT NULL THEN round(f.amount * p.rate / p.units, 2)
    WHEN r.rate IS NOT NULL THEN round(f.amount * r.rate / r.amount, 2)
  END AS czk,
  coalesce(p.rate, r.rate) AS rate,
  coalesce(p.units, r.amount) AS rate_amount,
  r.rate_date,
  p.id AS planning_rate_id
FROM fees f
LEFT JOIN planning_rates p ON p.year = f.year AND p.currency = f.currency
LEFT JOIN LATERAL rate_valid_on(f.currency, 'infinity'::date) r ON f.currency <> 'CZK' AND p.id IS NULL;
