import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203165113 extends Migration {

  override async up(): Promise<void> {
    // Keyword search across zh-CN titles and their translations (word_similarity for typos in English).
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`);
    this.addSql(`alter table if exists "catalog_product_sales" drop constraint if exists "catalog_product_sales_product_id_unique";`);
    this.addSql(`alter table if exists "catalog_product_pair" drop constraint if exists "catalog_product_pair_product_id_other_product_id_unique";`);
    this.addSql(`alter table if exists "catalog_order_sale" drop constraint if exists "catalog_order_sale_order_id_unique";`);
    this.addSql(`create table if not exists "catalog_order_sale" ("id" text not null, "order_id" text not null, "lines" jsonb not null, "reversed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_order_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_order_sale_deleted_at" ON "catalog_order_sale" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_order_sale_order_id_unique" ON "catalog_order_sale" ("order_id");`);

    this.addSql(`create table if not exists "catalog_product_pair" ("id" text not null, "product_id" text not null, "other_product_id" text not null, "orders_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_product_pair_pkey" primary key ("id"), constraint catalog_product_pair_not_self check (product_id <> other_product_id), constraint catalog_product_pair_not_negative check (orders_count >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_product_pair_deleted_at" ON "catalog_product_pair" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_product_pair_product_id_other_product_id_unique" ON "catalog_product_pair" ("product_id", "other_product_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_product_pair_product_id_orders_count" ON "catalog_product_pair" ("product_id", "orders_count");`);

    this.addSql(`create table if not exists "catalog_product_sales" ("id" text not null, "product_id" text not null, "units_sold" integer not null default 0, "orders_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_product_sales_pkey" primary key ("id"), constraint catalog_product_sales_not_negative check (units_sold >= 0 AND orders_count >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_product_sales_deleted_at" ON "catalog_product_sales" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_product_sales_product_id_unique" ON "catalog_product_sales" ("product_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_order_sale" cascade;`);

    this.addSql(`drop table if exists "catalog_product_pair" cascade;`);

    this.addSql(`drop table if exists "catalog_product_sales" cascade;`);
  }

}
