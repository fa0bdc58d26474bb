import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203164750 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "group_buy_tier" drop constraint if exists "group_buy_tier_campaign_id_currency_code_threshold_unique";`);
    this.addSql(`alter table if exists "group_buy_member" drop constraint if exists "group_buy_member_order_id_unique";`);
    this.addSql(`alter table if exists "group_buy_member" drop constraint if exists "group_buy_member_cart_id_unique";`);
    this.addSql(`alter table if exists "group_buy_group" drop constraint if exists "group_buy_group_campaign_id_pickup_point_id_cutoff_day_unique";`);
    this.addSql(`alter table if exists "group_buy_group" drop constraint if exists "group_buy_group_share_token_unique";`);
    this.addSql(`create table if not exists "group_buy_campaign" ("id" text not null, "title" text not null, "description" text null, "kind" text check ("kind" in ('team', 'community')) not null, "status" text check ("status" in ('draft', 'active', 'ended')) not null default 'draft', "product_id" text not null, "variant_ids" text[] not null, "max_per_group" integer not null, "group_lifetime_hours" integer null, "cutoff_time" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "max_units_per_customer" integer null, "max_joins_per_customer" integer null, "stock_cap" integer null, "sold_quantity" integer not null default 0, "auto_fill" boolean not null default false, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "group_buy_campaign_pkey" primary key ("id"), constraint group_buy_campaign_stock_check check (sold_quantity >= 0 AND (stock_cap IS NULL OR sold_quantity <= stock_cap)), constraint group_buy_campaign_max_check check (max_per_group >= 1), constraint group_buy_campaign_window_check check (ends_at > starts_at), constraint group_buy_campaign_kind_settings_check check ((kind = 'team' AND group_lifetime_hours >= 1) OR (kind = 'community' AND cutoff_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]\$')), constraint group_buy_campaign_limits_check check ((max_units_per_customer IS NULL OR max_units_per_customer >= 1) AND (max_joins_per_customer IS NULL OR max_joins_per_customer >= 1)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_campaign_deleted_at" ON "group_buy_campaign" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_campaign_status_kind" ON "group_buy_campaign" ("status", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_campaign_product_id" ON "group_buy_campaign" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "group_buy_group" ("id" text not null, "campaign_id" text not null, "kind" text check ("kind" in ('team', 'community')) not null, "status" text check ("status" in ('open', 'succeeded', 'closed', 'failed')) not null default 'open', "currency_code" text not null, "initiator_customer_id" text null, "pickup_point_id" text null, "leader_id" text null, "cutoff_day" text null, "share_token" text not null, "capacity" integer not null, "success_threshold" integer not null, "member_count" integer not null default 0, "quantity" integer not null default 0, "confirmed_count" integer not null default 0, "confirmed_quantity" integer not null default 0, "current_tier_threshold" integer null, "expires_at" timestamptz not null, "succeeded_at" timestamptz null, "closed_at" timestamptz null, "failed_at" timestamptz null, "auto_filled" boolean not null default false, "final_unit_price" numeric null, "end_reason" text null, "ended_by" text null, "settled_at" timestamptz null, "lease_owner" text null, "lease_until" timestamptz null, "raw_final_unit_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "group_buy_group_pkey" primary key ("id"), constraint group_buy_group_counts_check check (confirmed_count >= 0 AND confirmed_count <= member_count AND confirmed_quantity >= 0 AND confirmed_quantity <= quantity), constraint group_buy_group_capacity_check check ((kind = 'team' AND member_count <= capacity) OR (kind = 'community' AND quantity <= capacity)), constraint group_buy_group_threshold_check check (success_threshold >= 1 AND success_threshold <= capacity));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_group_campaign_id" ON "group_buy_group" ("campaign_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_group_deleted_at" ON "group_buy_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_group_campaign_id_status" ON "group_buy_group" ("campaign_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_group_status_expires_at" ON "group_buy_group" ("status", "expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_group_pickup_point_id_status" ON "group_buy_group" ("pickup_point_id", "status") WHERE deleted_at IS NULL AND pickup_point_id IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_group_buy_group_share_token_unique" ON "group_buy_group" ("share_token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_group_id" ON "group_buy_group" ("id") WHERE deleted_at IS NULL AND (status IN ('open', 'succeeded') OR settled_at IS NULL);`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_group_buy_group_campaign_id_pickup_point_id_cutoff_day_unique" ON "group_buy_group" ("campaign_id", "pickup_point_id", "cutoff_day") WHERE deleted_at IS NULL AND status = 'open' AND pickup_point_id IS NOT NULL;`);

    this.addSql(`create table if not exists "group_buy_member" ("id" text not null, "group_id" text not null, "campaign_id" text not null, "customer_id" text not null, "cart_id" text not null, "line_item_id" text null, "order_id" text null, "variant_id" text not null, "quantity" integer not null, "unit_price" numeric not null, "currency_code" text not null, "status" text check ("status" in ('pending', 'confirmed', 'refunded', 'canceled')) not null default 'pending', "confirmed_at" timestamptz null, "captured_at" timestamptz null, "canceled_at" timestamptz null, "protection_amount" numeric null, "protection_refunded_at" timestamptz null, "refunded_amount" numeric not null default 0, "attempts" integer not null default 0, "last_error" text null, "lease_until" timestamptz null, "raw_unit_price" jsonb not null, "raw_protection_amount" jsonb null, "raw_refunded_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "group_buy_member_pkey" primary key ("id"), constraint group_buy_member_quantity_check check (quantity >= 1), constraint group_buy_member_order_check check (status = 'pending' OR order_id IS NOT NULL));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_member_group_id" ON "group_buy_member" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_member_deleted_at" ON "group_buy_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_group_buy_member_cart_id_unique" ON "group_buy_member" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_group_buy_member_order_id_unique" ON "group_buy_member" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_member_group_id_status" ON "group_buy_member" ("group_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_member_campaign_id_customer_id_status" ON "group_buy_member" ("campaign_id", "customer_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_member_customer_id_created_at" ON "group_buy_member" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_member_status_created_at" ON "group_buy_member" ("status", "created_at") WHERE deleted_at IS NULL AND status = 'pending';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_member_id" ON "group_buy_member" ("id") WHERE deleted_at IS NULL AND status = 'confirmed' AND captured_at IS NULL;`);

    this.addSql(`create table if not exists "group_buy_tier" ("id" text not null, "campaign_id" text not null, "currency_code" text not null, "threshold" integer not null, "price" numeric not null, "raw_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "group_buy_tier_pkey" primary key ("id"), constraint group_buy_tier_threshold_check check (threshold >= 1), constraint group_buy_tier_price_check check (price > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_tier_campaign_id" ON "group_buy_tier" ("campaign_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_tier_deleted_at" ON "group_buy_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_group_buy_tier_campaign_id_currency_code_threshold_unique" ON "group_buy_tier" ("campaign_id", "currency_code", "threshold") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "group_buy_group" add constraint "group_buy_group_campaign_id_foreign" foreign key ("campaign_id") references "group_buy_campaign" ("id") on update cascade;`);

    this.addSql(`alter table if exists "group_buy_member" add constraint "group_buy_member_group_id_foreign" foreign key ("group_id") references "group_buy_group" ("id") on update cascade;`);

    this.addSql(`alter table if exists "group_buy_tier" add constraint "group_buy_tier_campaign_id_foreign" foreign key ("campaign_id") references "group_buy_campaign" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "group_buy_group" drop constraint if exists "group_buy_group_campaign_id_foreign";`);

    this.addSql(`alter table if exists "group_buy_tier" drop constraint if exists "group_buy_tier_campaign_id_foreign";`);

    this.addSql(`alter table if exists "group_buy_member" drop constraint if exists "group_buy_member_group_id_foreign";`);

    this.addSql(`drop table if exists "group_buy_campaign" cascade;`);

    this.addSql(`drop table if exists "group_buy_group" cascade;`);

    this.addSql(`drop table if exists "group_buy_member" cascade;`);

    this.addSql(`drop table if exists "group_buy_tier" cascade;`);
  }

}
