import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125144401 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pickup_order" drop constraint if exists "pickup_order_order_id_unique";`);
    this.addSql(`create table if not exists "delivery_batch" ("id" text not null, "pickup_point_id" text not null, "delivery_date" text not null, "status" text check ("status" in ('open', 'dispatched', 'arrived')) not null default 'open', "dispatched_at" timestamptz null, "dispatched_by" text null, "arrived_at" timestamptz null, "arrived_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_batch_pkey" primary key ("id"), constraint delivery_batch_date_format check (delivery_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}\$'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_batch_deleted_at" ON "delivery_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_batch_point_date" ON "delivery_batch" ("pickup_point_id", "delivery_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_batch_delivery_date_status" ON "delivery_batch" ("delivery_date", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pickup_attempt_window" ("id" text not null, "scope" text not null, "window_start" timestamptz not null, "failures" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_attempt_window_pkey" primary key ("id"), constraint pickup_attempt_window_failures_non_negative check (failures >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_attempt_window_deleted_at" ON "pickup_attempt_window" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pickup_attempt_window_scope" ON "pickup_attempt_window" ("scope", "window_start") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pickup_order" ("id" text not null, "order_id" text not null, "pickup_point_id" text not null, "customer_id" text null, "leader_id" text null, "group_id" text null, "status" text check ("status" in ('pending', 'collectable', 'picked_up', 'canceled')) not null default 'pending', "code_hash" text null, "code_encrypted" text null, "code_issued_at" timestamptz null, "ready_at" timestamptz null, "picked_up_at" timestamptz null, "picked_up_by" text null, "picked_up_by_kind" text check ("picked_up_by_kind" in ('leader', 'operator')) null, "canceled_at" timestamptz null, "delivery_batch_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_order_pkey" primary key ("id"), constraint pickup_order_code_when_collectable check (status NOT IN ('collectable', 'picked_up') OR code_hash IS NOT NULL), constraint pickup_order_picked_up_has_who_and_when check (status <> 'picked_up' OR (picked_up_at IS NOT NULL AND picked_up_by IS NOT NULL)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_order_delivery_batch_id" ON "pickup_order" ("delivery_batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_order_deleted_at" ON "pickup_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pickup_order_order_id_unique" ON "pickup_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pickup_order_code_hash" ON "pickup_order" ("code_hash") WHERE code_hash IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_order_pickup_point_id_status_created_at" ON "pickup_order" ("pickup_point_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_order_customer_id" ON "pickup_order" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pickup_verification" ("id" text not null, "pickup_point_id" text null, "pickup_order_id" text null, "order_id" text null, "actor_id" text not null, "actor_kind" text check ("actor_kind" in ('leader', 'operator')) not null, "outcome" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_verification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_verification_deleted_at" ON "pickup_verification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_verification_pickup_point_id_created_at" ON "pickup_verification" ("pickup_point_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_verification_order_id" ON "pickup_verification" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "pickup_order" add constraint "pickup_order_delivery_batch_id_foreign" foreign key ("delivery_batch_id") references "delivery_batch" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pickup_order" drop constraint if exists "pickup_order_delivery_batch_id_foreign";`);

    this.addSql(`drop table if exists "delivery_batch" cascade;`);

    this.addSql(`drop table if exists "pickup_attempt_window" cascade;`);

    this.addSql(`drop table if exists "pickup_order" cascade;`);

    this.addSql(`drop table if exists "pickup_verification" cascade;`);
  }

}
