import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125143143 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "loyalty_account" drop constraint if exists "loyalty_account_customer_id_unique";`);
    this.addSql(`alter table if exists "loyalty_tier" drop constraint if exists "loyalty_tier_rank_unique";`);
    this.addSql(`alter table if exists "loyalty_tier" drop constraint if exists "loyalty_tier_code_unique";`);
    this.addSql(`alter table if exists "loyalty_settings" drop constraint if exists "loyalty_settings_key_unique";`);
    this.addSql(`alter table if exists "loyalty_redemption" drop constraint if exists "loyalty_redemption_cart_id_unique";`);
    this.addSql(`alter table if exists "loyalty_order" drop constraint if exists "loyalty_order_order_id_unique";`);
    this.addSql(`alter table if exists "loyalty_entry" drop constraint if exists "loyalty_entry_kind_reference_unique";`);
    this.addSql(`alter table if exists "loyalty_checkin" drop constraint if exists "loyalty_checkin_customer_id_day_unique";`);
    this.addSql(`create table if not exists "loyalty_checkin" ("id" text not null, "customer_id" text not null, "day" text not null, "streak" integer not null, "points" integer not null, "entry_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_checkin_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_checkin_deleted_at" ON "loyalty_checkin" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_checkin_customer_id_day_unique" ON "loyalty_checkin" ("customer_id", "day");`);

    this.addSql(`create table if not exists "loyalty_entry" ("id" text not null, "customer_id" text not null, "delta" integer not null, "kind" text check ("kind" in ('earn_purchase', 'checkin', 'referral', 'redeem', 'expire', 'adjust', 'reversal')) not null, "reference" text not null, "expires_at" timestamptz null, "order_id" text null, "note" text null, "created_by" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_entry_pkey" primary key ("id"), constraint loyalty_entry_delta_not_zero check (delta <> 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_deleted_at" ON "loyalty_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_entry_kind_reference_unique" ON "loyalty_entry" ("kind", "reference");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_customer_id_created_at" ON "loyalty_entry" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_order_id" ON "loyalty_entry" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "loyalty_lot" ("id" text not null, "customer_id" text not null, "entry_id" text not null, "points" integer not null, "remaining" integer not null, "expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_lot_pkey" primary key ("id"), constraint loyalty_lot_remaining_in_range check (remaining >= 0 AND remaining <= points));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_lot_deleted_at" ON "loyalty_lot" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "loyalty_order" ("id" text not null, "order_id" text not null, "customer_id" text not null, "currency_code" text not null, "paid_amount" numeric not null, "refunded_at_completion" numeric not null, "refunded_amount" numeric not null, "earned_points" integer not null, "reversed_points" integer not null default 0, "multiplier" numeric not null, "tier_code" text null, "completed_at" timestamptz not null, "raw_paid_amount" jsonb not null, "raw_refunded_at_completion" jsonb not null, "raw_refunded_amount" jsonb not null, "raw_multiplier" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_order_pkey" primary key ("id"), constraint loyalty_order_reversed_in_range check (reversed_points >= 0 AND reversed_points <= earned_points));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_order_deleted_at" ON "loyalty_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_order_order_id_unique" ON "loyalty_order" ("order_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_order_customer_id_completed_at" ON "loyalty_order" ("customer_id", "completed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "loyalty_redemption" ("id" text not null, "customer_id" text not null, "cart_id" text not null, "order_id" text null, "points" integer not null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('quoted', 'debited', 'released', 'restored')) not null default 'quoted', "debit_count" integer not null default 0, "credit_line_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_redemption_pkey" primary key ("id"), constraint loyalty_redemption_points_positive check (points > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_deleted_at" ON "loyalty_redemption" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_redemption_cart_id_unique" ON "loyalty_redemption" ("cart_id") WHERE status IN ('quoted', 'debited') AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_order_id" ON "loyalty_redemption" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_customer_id" ON "loyalty_redemption" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "loyalty_settings" ("id" text not null, "key" text not null default 'default', "currency_code" text not null, "earn_points_per_unit" numeric not null, "redeem_points_per_unit" integer not null, "redeem_max_share" numeric not null, "expiry_months" integer not null, "expiring_soon_days" integer not null, "checkin_rewards" jsonb not null, "tier_basis" text check ("tier_basis" in ('lifetime', 'rolling_12_months')) not null, "tier_review_date" text not null, "last_tier_review_year" integer null, "raw_earn_points_per_unit" jsonb not null, "raw_redeem_max_share" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_settings_pkey" primary key ("id"), constraint loyalty_settings_rates_positive check (redeem_points_per_unit > 0), constraint loyalty_settings_expiry_not_negative check (expiry_months >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_settings_deleted_at" ON "loyalty_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_settings_key_unique" ON "loyalty_settings" ("key");`);

    this.addSql(`create table if not exists "loyalty_tier" ("id" text not null, "code" text not null, "name" text not null, "name_en" text null, "rank" integer not null, "min_spend" numeric not null, "multiplier" numeric not null, "free_shipping_threshold" numeric null, "customer_group_id" text null, "promotion_id" text null, "raw_min_spend" jsonb not null, "raw_multiplier" jsonb not null, "raw_free_shipping_threshold" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_tier_pkey" primary key ("id"), constraint loyalty_tier_multiplier_positive check (multiplier > 0), constraint loyalty_tier_min_spend_not_negative check (min_spend >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_deleted_at" ON "loyalty_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_tier_code_unique" ON "loyalty_tier" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_tier_rank_unique" ON "loyalty_tier" ("rank") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "loyalty_account" ("id" text not null, "customer_id" text not null, "balance" integer not null default 0, "tier_id" text null, "tier_since" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_account_pkey" primary key ("id"), constraint loyalty_account_balance_not_negative check (balance >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_tier_id" ON "loyalty_account" ("tier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_deleted_at" ON "loyalty_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_account_customer_id_unique" ON "loyalty_account" ("customer_id");`);

    this.addSql(`alter table if exists "loyalty_account" add constraint "loyalty_account_tier_id_foreign" foreign key ("tier_id") references "loyalty_tier" ("id") on update cascade on delete set null;`);

    // Hand-written: what the DML cannot express.
    // Open lots by customer and expiry, carrying `remaining`: balance, "expiring soon" and FIFO debits are
    // index(-only) scans however long the customer's history is.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_lot_open_by_customer" ON "loyalty_lot" ("customer_id", "expires_at", "id") INCLUDE ("remaining") WHERE remaining > 0;`);
    // The expiry job's work list.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_lot_open_by_expiry" ON "loyalty_lot" ("expires_at") WHERE remaining > 0;`);
    this.addSql(`alter table "loyalty_lot" add constraint loyalty_lot_points_positive check (points > 0);`);
    // Credits are positive, debits negative; adjustments and reversals go either way.
    this.addSql(`alter table "loyalty_entry" add constraint loyalty_entry_sign_by_kind check (
      (kind in ('earn_purchase', 'checkin', 'referral') and delta > 0)
      or (kind in ('redeem', 'expire') and delta < 0)
      or kind in ('adjust', 'reversal'));`);
    this.addSql(`alter table "loyalty_checkin" add constraint loyalty_checkin_valid check (streak >= 1 and points >= 0);`);
    // The ledger is append-only: undo is a reversing entry, never an edit.
    this.addSql(`create or replace function loyalty_entry_append_only() returns trigger language plpgsql as $$
      begin raise exception 'loyalty_entry is append-only (% refused)', tg_op; end $$;`);
    this.addSql(`create trigger loyalty_entry_append_only before update or delete on "loyalty_entry"
      for each row execute function loyalty_entry_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists loyalty_entry_append_only on "loyalty_entry";`);
    this.addSql(`drop function if exists loyalty_entry_append_only();`);
    this.addSql(`alter table if exists "loyalty_account" drop constraint if exists "loyalty_account_tier_id_foreign";`);

    this.addSql(`drop table if exists "loyalty_checkin" cascade;`);

    this.addSql(`drop table if exists "loyalty_entry" cascade;`);

    this.addSql(`drop table if exists "loyalty_lot" cascade;`);

    this.addSql(`drop table if exists "loyalty_order" cascade;`);

    this.addSql(`drop table if exists "loyalty_redemption" cascade;`);

    this.addSql(`drop table if exists "loyalty_settings" cascade;`);

    this.addSql(`drop table if exists "loyalty_tier" cascade;`);

    this.addSql(`drop table if exists "loyalty_account" cascade;`);
  }

}
