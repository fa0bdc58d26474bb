import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203164122 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "messaging_reminder" drop constraint if exists "messaging_reminder_kind_reference_unique";`);
    this.addSql(`alter table if exists "messaging_preference" drop constraint if exists "messaging_preference_customer_id_unique";`);
    this.addSql(`create table if not exists "messaging_preference" ("id" text not null, "customer_id" text not null, "language" text check ("language" in ('zh-CN', 'en')) null, "opted_out" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "messaging_preference_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_messaging_preference_deleted_at" ON "messaging_preference" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_messaging_preference_customer_id_unique" ON "messaging_preference" ("customer_id");`);

    this.addSql(`create table if not exists "messaging_reminder" ("id" text not null, "kind" text not null, "reference" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "messaging_reminder_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_messaging_reminder_deleted_at" ON "messaging_reminder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_messaging_reminder_kind_reference_unique" ON "messaging_reminder" ("kind", "reference");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_messaging_reminder_customer_id" ON "messaging_reminder" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "messaging_preference" cascade;`);

    this.addSql(`drop table if exists "messaging_reminder" cascade;`);
  }

}
