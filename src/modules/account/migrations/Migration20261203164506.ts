import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203164506 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "account_recovery_claim" drop constraint if exists "account_recovery_claim_auth_identity_id_code_hash_unique";`);
    this.addSql(`alter table if exists "account_otp_code" drop constraint if exists "account_otp_code_phone_scope_unique";`);
    this.addSql(`alter table if exists "account_mfa_attempt" drop constraint if exists "account_mfa_attempt_challenge_id_unique";`);
    this.addSql(`alter table if exists "account_favorite" drop constraint if exists "account_favorite_customer_id_product_id_unique";`);
    this.addSql(`alter table if exists "account_browse" drop constraint if exists "account_browse_customer_id_product_id_unique";`);
    this.addSql(`create table if not exists "account_browse" ("id" text not null, "customer_id" text not null, "product_id" text not null, "viewed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_browse_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_browse_deleted_at" ON "account_browse" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_browse_customer_id_product_id_unique" ON "account_browse" ("customer_id", "product_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_browse_customer_id_viewed_at" ON "account_browse" ("customer_id", "viewed_at");`);

    this.addSql(`create table if not exists "account_favorite" ("id" text not null, "customer_id" text not null, "product_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_favorite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_favorite_deleted_at" ON "account_favorite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_favorite_customer_id_product_id_unique" ON "account_favorite" ("customer_id", "product_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_favorite_customer_id_created_at" ON "account_favorite" ("customer_id", "created_at");`);

    this.addSql(`create table if not exists "account_mfa_attempt" ("id" text not null, "challenge_id" text not null, "auth_identity_id" text not null, "attempts" integer not null default 0, "last_attempt_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_mfa_attempt_pkey" primary key ("id"), constraint account_mfa_attempt_attempts_positive check (attempts >= 1));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_mfa_attempt_deleted_at" ON "account_mfa_attempt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_mfa_attempt_challenge_id_unique" ON "account_mfa_attempt" ("challenge_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_mfa_attempt_auth_identity_id_last_attempt_at" ON "account_mfa_attempt" ("auth_identity_id", "last_attempt_at");`);

    this.addSql(`create table if not exists "account_otp_code" ("id" text not null, "phone" text not null, "scope" text not null, "code_hash" text not null, "expires_at" timestamptz not null, "attempts" integer not null default 0, "max_attempts" integer not null, "consumed_at" timestamptz null, "last_sent_at" timestamptz not null, "window_started_at" timestamptz not null, "window_count" integer not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_otp_code_pkey" primary key ("id"), constraint account_otp_code_attempts_in_range check (attempts >= 0 AND attempts <= max_attempts), constraint account_otp_code_window_count_positive check (window_count >= 1));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_otp_code_deleted_at" ON "account_otp_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_otp_code_phone_scope_unique" ON "account_otp_code" ("phone", "scope");`);

    this.addSql(`create table if not exists "account_recovery_claim" ("id" text not null, "auth_identity_id" text not null, "code_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_recovery_claim_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_recovery_claim_deleted_at" ON "account_recovery_claim" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_recovery_claim_auth_identity_id_code_hash_unique" ON "account_recovery_claim" ("auth_identity_id", "code_hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_browse" cascade;`);

    this.addSql(`drop table if exists "account_favorite" cascade;`);

    this.addSql(`drop table if exists "account_mfa_attempt" cascade;`);

    this.addSql(`drop table if exists "account_otp_code" cascade;`);

    this.addSql(`drop table if exists "account_recovery_claim" cascade;`);
  }

}
