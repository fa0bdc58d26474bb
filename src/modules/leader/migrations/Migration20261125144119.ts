import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125144119 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "leader_setting" drop constraint if exists "leader_setting_scope_unique";`);
    this.addSql(`create table if not exists "leader_application" ("id" text not null, "customer_id" text not null, "status" text check ("status" in ('applied', 'approved', 'rejected', 'withdrawn')) not null default 'applied', "name" text not null, "phone" text not null, "community" text not null, "id_number_encrypted" text not null, "id_number_masked" text not null, "point_name" text not null, "address" text not null, "latitude" real not null, "longitude" real not null, "opening_hours" jsonb not null, "photo_url" text null, "rejection_reason" text null, "reviewed_by" text null, "reviewed_at" timestamptz null, "leader_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leader_application_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_leader_application_deleted_at" ON "leader_application" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leader_application_one_open" ON "leader_application" ("customer_id") WHERE status = 'applied' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_leader_application_status_created_at" ON "leader_application" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_leader_application_customer_id" ON "leader_application" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "leader_binding" ("id" text not null, "customer_id" text not null, "leader_id" text not null, "source" text check ("source" in ('order', 'share_link')) not null, "source_ref" text null, "mode" text check ("mode" in ('permanent', 'days', 'latest')) not null, "bound_at" timestamptz not null, "expires_at" timestamptz null, "ended_at" timestamptz null, "end_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leader_binding_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_leader_binding_deleted_at" ON "leader_binding" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leader_binding_one_current" ON "leader_binding" ("customer_id") WHERE ended_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_leader_binding_leader_id_ended_at" ON "leader_binding" ("leader_id", "ended_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "leader_setting" ("id" text not null, "scope" text not null, "binding_mode" text check ("binding_mode" in ('permanent', 'days', 'latest')) not null default 'permanent', "binding_days" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leader_setting_pkey" primary key ("id"), constraint leader_setting_days_mode_has_days check (binding_mode <> 'days' OR (binding_days IS NOT NULL AND binding_days > 0)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_leader_setting_deleted_at" ON "leader_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leader_setting_scope_unique" ON "leader_setting" ("scope") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "leader_application" cascade;`);

    this.addSql(`drop table if exists "leader_binding" cascade;`);

    this.addSql(`drop table if exists "leader_setting" cascade;`);
  }

}
