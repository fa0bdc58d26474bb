import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125142710 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pickup_point" drop constraint if exists "pickup_point_code_unique";`);
    this.addSql(`create table if not exists "pickup_point" ("id" text not null, "code" text null, "name" text not null, "address" text not null, "district" text null, "city" text null, "latitude" real not null, "longitude" real not null, "radius_km" real not null, "opening_hours" jsonb not null, "daily_capacity" integer not null, "status" text check ("status" in ('active', 'paused', 'closed')) not null default 'active', "leader_id" text null, "contact_phone" text null, "photo_url" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_point_pkey" primary key ("id"), constraint pickup_point_latitude_range check (latitude BETWEEN -90 AND 90), constraint pickup_point_longitude_range check (longitude BETWEEN -180 AND 180), constraint pickup_point_radius_range check (radius_km > 0 AND radius_km <= 50), constraint pickup_point_capacity_positive check (daily_capacity >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_point_deleted_at" ON "pickup_point" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pickup_point_code_unique" ON "pickup_point" ("code") WHERE code IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_point_leader_id" ON "pickup_point" ("leader_id") WHERE leader_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_point_status_radius_km" ON "pickup_point" ("status", "radius_km") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pickup_point" cascade;`);
  }

}
