import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125142711 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "leader" drop constraint if exists "leader_share_code_unique";`);
    this.addSql(`alter table if exists "leader" drop constraint if exists "leader_user_id_unique";`);
    this.addSql(`alter table if exists "leader" drop constraint if exists "leader_customer_id_unique";`);
    this.addSql(`create table if not exists "leader" ("id" text not null, "customer_id" text not null, "user_id" text null, "pickup_point_id" text null, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "name" text not null, "phone" text null, "community" text null, "email" text null, "share_code" text not null, "application_id" text null, "approved_at" timestamptz null, "suspended_at" timestamptz null, "suspension_reason" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leader_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_leader_deleted_at" ON "leader" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leader_customer_id_unique" ON "leader" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leader_user_id_unique" ON "leader" ("user_id") WHERE user_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leader_share_code_unique" ON "leader" ("share_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_leader_pickup_point_id" ON "leader" ("pickup_point_id") WHERE pickup_point_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "leader" cascade;`);
  }

}
