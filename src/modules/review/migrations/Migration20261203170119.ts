import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203170119 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_review" drop constraint if exists "product_review_line_item_id_unique";`);
    this.addSql(`alter table if exists "product_rating" drop constraint if exists "product_rating_product_id_unique";`);
    this.addSql(`create table if not exists "faq_entry" ("id" text not null, "category" text null, "question_zh" text not null, "answer_zh" text not null, "question_en" text null, "answer_en" text null, "rank" integer not null default 0, "is_published" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "faq_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_faq_entry_deleted_at" ON "faq_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_faq_entry_is_published_rank" ON "faq_entry" ("is_published", "rank") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_question" ("id" text not null, "product_id" text not null, "customer_id" text not null, "author_name" text null, "text" text not null, "status" text check ("status" in ('visible', 'hidden')) not null default 'visible', "answer_count" integer not null default 0, "last_answered_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_question_pkey" primary key ("id"), constraint product_question_answer_count check (answer_count >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_question_deleted_at" ON "product_question" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_question_product_id_status_created_at" ON "product_question" ("product_id", "status", "created_at");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_question_customer_id" ON "product_question" ("customer_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_question_status_answer_count_created_at" ON "product_question" ("status", "answer_count", "created_at");`);

    this.addSql(`create table if not exists "product_answer" ("id" text not null, "question_id" text not null, "text" text not null, "author_type" text check ("author_type" in ('operator', 'leader', 'buyer')) not null, "author_id" text not null, "author_name" text null, "status" text check ("status" in ('visible', 'hidden')) not null default 'visible', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_answer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_answer_question_id" ON "product_answer" ("question_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_answer_deleted_at" ON "product_answer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_answer_question_id_status_created_at" ON "product_answer" ("question_id", "status", "created_at");`);

    this.addSql(`create table if not exists "product_rating" ("id" text not null, "product_id" text not null, "count" integer not null default 0, "sum" integer not null default 0, "stars_1" integer not null default 0, "stars_2" integer not null default 0, "stars_3" integer not null default 0, "stars_4" integer not null default 0, "stars_5" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_rating_pkey" primary key ("id"), constraint product_rating_consistent check (count = stars_1 + stars_2 + stars_3 + stars_4 + stars_5 AND sum = stars_1 + 2 * stars_2 + 3 * stars_3 + 4 * stars_4 + 5 * stars_5 AND LEAST(stars_1, stars_2, stars_3, stars_4, stars_5) >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_rating_deleted_at" ON "product_rating" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_rating_product_id_unique" ON "product_rating" ("product_id");`);

    this.addSql(`create table if not exists "product_review" ("id" text not null, "product_id" text not null, "variant_id" text null, "customer_id" text not null, "order_id" text not null, "line_item_id" text not null, "rating" integer not null, "text" text null, "images" text[] not null default '{}', "author_name" text null, "status" text check ("status" in ('pending', 'approved', 'hidden')) not null default 'pending', "moderated_by" text null, "moderated_at" timestamptz null, "reply" text null, "replied_by" text null, "replied_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_review_pkey" primary key ("id"), constraint product_review_rating_range check (rating BETWEEN 1 AND 5), constraint product_review_images_max check (coalesce(array_length(images, 1), 0) <= 9));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_deleted_at" ON "product_review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_review_line_item_id_unique" ON "product_review" ("line_item_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_product_id_status_created_at" ON "product_review" ("product_id", "status", "created_at");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_customer_id_created_at" ON "product_review" ("customer_id", "created_at");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_status_created_at" ON "product_review" ("status", "created_at");`);

    this.addSql(`alter table if exists "product_answer" add constraint "product_answer_question_id_foreign" foreign key ("question_id") references "product_question" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_answer" drop constraint if exists "product_answer_question_id_foreign";`);

    this.addSql(`drop table if exists "faq_entry" cascade;`);

    this.addSql(`drop table if exists "product_question" cascade;`);

    this.addSql(`drop table if exists "product_answer" cascade;`);

    this.addSql(`drop table if exists "product_rating" cascade;`);

    this.addSql(`drop table if exists "product_review" cascade;`);
  }

}
