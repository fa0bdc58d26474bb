import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203164226 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "commission_settings" drop constraint if exists "commission_settings_key_unique";`);
    this.addSql(`alter table if exists "commission_order" drop constraint if exists "commission_order_order_id_unique";`);
    this.addSql(`alter table if exists "commission_entry" drop constraint if exists "commission_entry_reversal_unique";`);
    this.addSql(`alter table if exists "commission_entry" drop constraint if exists "commission_entry_accrual_unique";`);
    this.addSql(`alter table if exists "commission_account" drop constraint if exists "commission_account_customer_id_currency_code_unique";`);
    this.addSql(`create table if not exists "commission_account" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "pending_amount" numeric not null default 0, "available_amount" numeric not null default 0, "withdrawing_amount" numeric not null default 0, "withdrawn_amount" numeric not null default 0, "raw_pending_amount" jsonb not null default '{"value":"0","precision":20}', "raw_available_amount" jsonb not null default '{"value":"0","precision":20}', "raw_withdrawing_amount" jsonb not null default '{"value":"0","precision":20}', "raw_withdrawn_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_account_pkey" primary key ("id"), constraint commission_account_buckets_not_negative check (pending_amount >= 0 AND withdrawing_amount >= 0 AND withdrawn_amount >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_account_deleted_at" ON "commission_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_account_customer_id_currency_code_unique" ON "commission_account" ("customer_id", "currency_code");`);

    this.addSql(`create table if not exists "commission_entry" ("id" text not null, "beneficiary_id" text not null, "leader_id" text null, "order_id" text not null, "line_item_id" text not null, "product_id" text null, "customer_id" text null, "kind" text check ("kind" in ('pickup', 'referral_l1', 'referral_l2')) not null, "type" text check ("type" in ('accrual', 'reversal')) not null, "amount" numeric not null, "base_amount" numeric not null, "rate" numeric null, "rule_id" text null, "currency_code" text not null, "status" text check ("status" in ('pending', 'available', 'reversed')) not null, "reverses_id" text null, "reference" text null, "available_at" timestamptz null, "metadata" jsonb null, "raw_amount" jsonb not null, "raw_base_amount" jsonb not null, "raw_rate" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_entry_pkey" primary key ("id"), constraint commission_entry_sign_by_type check ((type = 'accrual' AND amount > 0 AND reverses_id IS NULL) OR (type = 'reversal' AND amount < 0 AND reverses_id IS NOT NULL AND reference IS NOT NULL)), constraint commission_entry_not_own_purchase check (customer_id IS NULL OR customer_id <> beneficiary_id));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_deleted_at" ON "commission_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_entry_accrual_unique" ON "commission_entry" ("line_item_id", "beneficiary_id", "kind") WHERE type = 'accrual' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_entry_reversal_unique" ON "commission_entry" ("reverses_id", "reference") WHERE type = 'reversal' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_beneficiary_id_created_at" ON "commission_entry" ("beneficiary_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_order_id" ON "commission_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_leader_id_created_at" ON "commission_entry" ("leader_id", "created_at") WHERE leader_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_available_at" ON "commission_entry" ("available_at") WHERE available_at IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_order" ("id" text not null, "order_id" text not null, "customer_id" text null, "currency_code" text not null, "items_total" numeric not null, "commission_total" numeric not null, "refunded_amount" numeric not null, "reversed_total" numeric not null, "pickup_leader_id" text null, "accrued_at" timestamptz not null, "received_at" timestamptz null, "settle_at" timestamptz null, "settled_at" timestamptz null, "canceled_at" timestamptz null, "raw_items_total" jsonb not null, "raw_commission_total" jsonb not null, "raw_refunded_amount" jsonb not null, "raw_reversed_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_order_pkey" primary key ("id"), constraint commission_order_reversed_in_range check (reversed_total >= 0 AND reversed_total <= commission_total));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_order_deleted_at" ON "commission_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_order_order_id_unique" ON "commission_order" ("order_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_order_due" ON "commission_order" ("settle_at") WHERE settled_at IS NULL AND settle_at IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_rule" ("id" text not null, "scope" text check ("scope" in ('default', 'category', 'product', 'leader')) not null, "target_id" text null, "pickup_rate" numeric null, "referral_l1_rate" numeric null, "referral_l2_rate" numeric null, "is_active" boolean not null default true, "note" text null, "raw_pickup_rate" jsonb null, "raw_referral_l1_rate" jsonb null, "raw_referral_l2_rate" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"), constraint commission_rule_target_matches_scope check ((scope = 'default') = (target_id IS NULL)), constraint commission_rule_rates_in_range check ((pickup_rate IS NULL OR pickup_rate BETWEEN 0 AND 100) AND (referral_l1_rate IS NULL OR referral_l1_rate BETWEEN 0 AND 100) AND (referral_l2_rate IS NULL OR referral_l2_rate BETWEEN 0 AND 100)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_scope_target_id" ON "commission_rule" ("scope", "target_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_settings" ("id" text not null, "key" text not null default 'default', "settlement_delay_days" integer not null default 7, "withdrawal_min_amount" numeric not null, "withdrawal_fee_percent" numeric not null, "withdrawal_fee_fixed" numeric not null, "raw_withdrawal_min_amount" jsonb not null, "raw_withdrawal_fee_percent" jsonb not null, "raw_withdrawal_fee_fixed" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_settings_pkey" primary key ("id"), constraint commission_settings_delay_not_negative check (settlement_delay_days >= 0), constraint commission_settings_withdrawal_terms check (withdrawal_min_amount > 0 AND withdrawal_fee_percent BETWEEN 0 AND 100 AND withdrawal_fee_fixed >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_settings_deleted_at" ON "commission_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_settings_key_unique" ON "commission_settings" ("key");`);

    this.addSql(`create table if not exists "commission_withdrawal" ("id" text not null, "customer_id" text not null, "leader_id" text null, "currency_code" text not null, "amount" numeric not null, "fee" numeric not null, "net_amount" numeric not null, "status" text check ("status" in ('requested', 'paid', 'rejected')) not null default 'requested', "payee" text null, "reference" text null, "rejection_reason" text null, "requested_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "raw_amount" jsonb not null, "raw_fee" jsonb not null, "raw_net_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_withdrawal_pkey" primary key ("id"), constraint commission_withdrawal_amounts check (amount > 0 AND fee >= 0 AND net_amount > 0 AND net_amount + fee = amount), constraint commission_withdrawal_decision check ((status = 'requested' AND decided_at IS NULL) OR (status = 'paid' AND reference IS NOT NULL AND decided_at IS NOT NULL) OR (status = 'rejected' AND decided_at IS NOT NULL)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_withdrawal_deleted_at" ON "commission_withdrawal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_withdrawal_customer_id_created_at" ON "commission_withdrawal" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_withdrawal_status_created_at" ON "commission_withdrawal" ("status", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_account" cascade;`);

    this.addSql(`drop table if exists "commission_entry" cascade;`);

    this.addSql(`drop table if exists "commission_order" cascade;`);

    this.addSql(`drop table if exists "commission_rule" cascade;`);

    this.addSql(`drop table if exists "commission_settings" cascade;`);

    this.addSql(`drop table if exists "commission_withdrawal" cascade;`);
  }

}
