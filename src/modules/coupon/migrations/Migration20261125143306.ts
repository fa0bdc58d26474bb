import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125143306 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "referral_settings" drop constraint if exists "referral_settings_key_unique";`);
    this.addSql(`alter table if exists "referral_reward" drop constraint if exists "referral_reward_referral_id_beneficiary_unique";`);
    this.addSql(`alter table if exists "referral_code" drop constraint if exists "referral_code_code_unique";`);
    this.addSql(`alter table if exists "referral_code" drop constraint if exists "referral_code_customer_id_unique";`);
    this.addSql(`alter table if exists "referral" drop constraint if exists "referral_invitee_id_unique";`);
    this.addSql(`alter table if exists "coupon_application" drop constraint if exists "coupon_application_claim_id_cart_id_unique";`);
    this.addSql(`alter table if exists "coupon_claim" drop constraint if exists "coupon_claim_source_key_unique";`);
    this.addSql(`alter table if exists "coupon_template" drop constraint if exists "coupon_template_cap_promotion_code_unique";`);
    this.addSql(`alter table if exists "coupon_template" drop constraint if exists "coupon_template_promotion_code_unique";`);
    this.addSql(`create table if not exists "coupon_template" ("id" text not null, "name_zh" text not null, "name_en" text not null, "description_zh" text null, "description_en" text null, "type" text check ("type" in ('fixed', 'percentage', 'threshold')) not null, "value" numeric not null, "max_discount" numeric null, "min_subtotal" numeric null, "currency_code" text not null, "scope" text check ("scope" in ('order', 'categories', 'products')) not null default 'order', "scope_ids" text[] not null default '{}', "total_stock" integer null, "claimed_count" integer not null default 0, "used_count" integer not null default 0, "per_customer_limit" integer not null default 1, "per_customer_daily_limit" integer null, "audience" text check ("audience" in ('everyone', 'new_customers', 'tiers', 'issued_only')) not null default 'everyone', "audience_tiers" text[] not null default '{}', "starts_at" timestamptz null, "ends_at" timestamptz null, "validity_type" text check ("validity_type" in ('fixed', 'relative')) not null, "valid_from" timestamptz null, "valid_until" timestamptz null, "valid_days" integer null, "stackable" boolean not null default false, "issue_on_register" boolean not null default false, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "campaign_id" text null, "promotion_id" text null, "promotion_code" text null, "cap_promotion_id" text null, "cap_promotion_code" text null, "metadata" jsonb null, "raw_value" jsonb not null, "raw_max_discount" jsonb null, "raw_min_subtotal" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coupon_template_pkey" primary key ("id"), constraint coupon_template_counts_check check (claimed_count >= 0 AND used_count >= 0 AND used_count <= claimed_count), constraint coupon_template_stock_check check (total_stock IS NULL OR claimed_count <= total_stock), constraint coupon_template_limits_check check (per_customer_limit >= 1 AND (per_customer_daily_limit IS NULL OR per_customer_daily_limit >= 1)), constraint coupon_template_value_check check (value > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coupon_template_deleted_at" ON "coupon_template" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coupon_template_status" ON "coupon_template" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coupon_template_promotion_code_unique" ON "coupon_template" ("promotion_code") WHERE deleted_at IS NULL AND promotion_code IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coupon_template_cap_promotion_code_unique" ON "coupon_template" ("cap_promotion_code") WHERE deleted_at IS NULL AND cap_promotion_code IS NOT NULL;`);

    this.addSql(`create table if not exists "coupon_claim" ("id" text not null, "template_id" text not null, "customer_id" text not null, "status" text check ("status" in ('available', 'used')) not null default 'available', "source" text check ("source" in ('claim', 'issue', 'register', 'referral')) not null, "source_key" text null, "claim_day" text not null, "valid_from" timestamptz not null, "expires_at" timestamptz null, "used_at" timestamptz null, "used_cart_id" text null, "discount_total" numeric null, "issued_by" text null, "note" text null, "raw_discount_total" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coupon_claim_pkey" primary key ("id"), constraint coupon_claim_used_check check ((status = 'used') = (used_cart_id IS NOT NULL AND used_at IS NOT NULL)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coupon_claim_template_id" ON "coupon_claim" ("template_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coupon_claim_deleted_at" ON "coupon_claim" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coupon_claim_template_id_customer_id" ON "coupon_claim" ("template_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coupon_claim_customer_id_status" ON "coupon_claim" ("customer_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coupon_claim_used_cart_id" ON "coupon_claim" ("used_cart_id") WHERE deleted_at IS NULL AND used_cart_id IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coupon_claim_source_key_unique" ON "coupon_claim" ("source_key") WHERE deleted_at IS NULL AND source_key IS NOT NULL;`);

    this.addSql(`create table if not exists "coupon_application" ("id" text not null, "claim_id" text not null, "cart_id" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coupon_application_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coupon_application_claim_id" ON "coupon_application" ("claim_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coupon_application_deleted_at" ON "coupon_application" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coupon_application_claim_id_cart_id_unique" ON "coupon_application" ("claim_id", "cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coupon_application_cart_id" ON "coupon_application" ("cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "referral" ("id" text not null, "referrer_id" text not null, "invitee_id" text not null, "code" text not null, "source" text check ("source" in ('register', 'bind', 'share')) not null, "rewarded_order_id" text null, "rewarded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "referral_pkey" primary key ("id"), constraint referral_not_self_check check (referrer_id <> invitee_id));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_deleted_at" ON "referral" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_invitee_id_unique" ON "referral" ("invitee_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_referrer_id" ON "referral" ("referrer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "referral_code" ("id" text not null, "customer_id" text not null, "code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "referral_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_code_deleted_at" ON "referral_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_code_customer_id_unique" ON "referral_code" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_code_code_unique" ON "referral_code" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "referral_reward" ("id" text not null, "referral_id" text not null, "beneficiary" text check ("beneficiary" in ('referrer', 'invitee')) not null, "customer_id" text not null, "kind" text check ("kind" in ('points', 'coupon')) not null, "points" integer null, "template_id" text null, "claim_id" text null, "status" text check ("status" in ('granted', 'failed')) not null, "failure_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "referral_reward_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_reward_referral_id" ON "referral_reward" ("referral_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_reward_deleted_at" ON "referral_reward" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_reward_referral_id_beneficiary_unique" ON "referral_reward" ("referral_id", "beneficiary") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_reward_customer_id" ON "referral_reward" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "referral_settings" ("id" text not null, "key" text not null default 'default', "enabled" boolean not null default true, "referrer_reward_type" text check ("referrer_reward_type" in ('none', 'points', 'coupon')) not null default 'none', "referrer_points" integer null, "referrer_template_id" text null, "invitee_reward_type" text check ("invitee_reward_type" in ('none', 'points', 'coupon')) not null default 'none', "invitee_points" integer null, "invitee_template_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "referral_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_settings_deleted_at" ON "referral_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_settings_key_unique" ON "referral_settings" ("key") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "coupon_claim" add constraint "coupon_claim_template_id_foreign" foreign key ("template_id") references "coupon_template" ("id") on update cascade;`);

    this.addSql(`alter table if exists "coupon_application" add constraint "coupon_application_claim_id_foreign" foreign key ("claim_id") references "coupon_claim" ("id") on update cascade;`);

    this.addSql(`alter table if exists "referral_reward" add constraint "referral_reward_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "coupon_claim" drop constraint if exists "coupon_claim_template_id_foreign";`);

    this.addSql(`alter table if exists "coupon_application" drop constraint if exists "coupon_application_claim_id_foreign";`);

    this.addSql(`alter table if exists "referral_reward" drop constraint if exists "referral_reward_referral_id_foreign";`);

    this.addSql(`drop table if exists "coupon_template" cascade;`);

    this.addSql(`drop table if exists "coupon_claim" cascade;`);

    this.addSql(`drop table if exists "coupon_application" cascade;`);

    this.addSql(`drop table if exists "referral" cascade;`);

    this.addSql(`drop table if exists "referral_code" cascade;`);

    this.addSql(`drop table if exists "referral_reward" cascade;`);

    this.addSql(`drop table if exists "referral_settings" cascade;`);
  }

}
