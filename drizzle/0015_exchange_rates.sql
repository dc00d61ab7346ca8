CREATE TABLE "exchange_rates" (
	"valid_on" date NOT NULL,
	"currency" text NOT NULL,
	"amount" integer NOT NULL,
	"rate" numeric(18, 6) NOT NULL,
	"source" text DEFAULT 'CNB' NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rates_currency_valid_on_pk" PRIMARY KEY("currency","valid_on"),
	CONSTRAINT "exchange_rates_currency_check" CHECK ("exchange_rates"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "exchange_rates_amount_check" CHECK ("exchange_rates"."amount" > 0),
	CONSTRAINT "exchange_rates_rate_check" CHECK ("exchange_rates"."rate" > 0)
);
--> statement-breakpoint
CREATE INDEX "exchange_rates_valid_on_idx" ON "exchange_rates" USING btree ("valid_on");
--> statement-breakpoint
CREATE TABLE "exchange_rate_fetches" (
	"day" date PRIMARY KEY NOT NULL,
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ok" boolean,
	"message" text
);
--> statement-breakpoint
-- THE rate valid on a day: the latest ČNB fixing on or before it (weekends and holidays keep the
-- last working day's fixing). Every CZK figure reads rates through this function only.
CREATE FUNCTION rate_valid_on(p_currency text, p_on date)
RETURNS TABLE (rate_date date, rate numeric, amount integer)
LANGUAGE sql STABLE AS $$
  SELECT er.valid_on, er.rate, er.amount FROM exchange_rates er
  WHERE er.currency = p_currency AND er.valid_on <= p_on
  ORDER BY er.valid_on DESC LIMIT 1
$$;
--> statement-breakpoint
-- THE CZK figure of every fee, used by lists, totals, the dashboard and exports:
--   waived → 0; paid → the CZK accounting paid (a CZK fee: its amount), compared with the ČNB
--   rate of the paid date; not paid → an estimate ("odhad"): a CZK fee its amount, any other
--   currency its amount at the rate valid on the due date (end of the fee's year when no due
--   date is set); no rate on or before that day → unknown (null).
-- Exact numerics throughout; rounded to the haléř once, at the end, half-up (amounts are never
-- negative, and Postgres rounds numeric halves away from zero).
CREATE VIEW fee_czk AS
SELECT f.id AS fee_id,
  CASE
    WHEN f.status = 'waived' THEN 'waived'
    WHEN f.status = 'paid' AND (f.amount_czk IS NOT NULL OR f.currency = 'CZK') THEN 'paid'
    WHEN f.currency = 'CZK' OR r.rate IS NOT NULL THEN 'estimate'
    ELSE 'unknown'
  END AS kind,
  CASE
    WHEN f.status = 'waived' THEN 0::numeric(14, 2)
    WHEN f.status = 'paid' AND f.amount_czk IS NOT NULL THEN f.amount_czk
    WHEN f.currency = 'CZK' THEN f.amount
    WHEN r.rate IS NOT NULL THEN round(f.amount * r.rate / r.amount, 2)
  END AS czk,
  CASE WHEN f.currency <> 'CZK' THEN r.rate END AS rate,
  CASE WHEN f.currency <> 'CZK' THEN r.amount END AS rate_amount,
  CASE WHEN f.currency <> 'CZK' THEN r.rate_date END AS rate_date
FROM fees f
LEFT JOIN LATERAL rate_valid_on(
  f.currency,
  CASE WHEN f.status = 'paid' THEN f.paid_on ELSE coalesce(f.due_on, make_date(f.year, 12, 31)) END
) r ON f.currency <> 'CZK';
