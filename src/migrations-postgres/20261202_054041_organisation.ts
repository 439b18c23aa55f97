import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_people_role" AS ENUM('director', 'deputy', 'head', 'staff');
  CREATE TABLE "units_locales" (
  	"full_name" varchar NOT NULL,
  	"address" varchar,
  	"duties" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_people_role" DEFAULT 'head' NOT NULL,
  	"order" numeric,
  	"published" boolean DEFAULT false,
  	"unit_id" integer,
  	"photo_id" integer,
  	"phone" varchar,
  	"email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "people_locales" (
  	"position" varchar NOT NULL,
  	"biography" varchar,
  	"responsibilities" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "schedule_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"time_note" varchar,
  	"content" varchar NOT NULL,
  	"place" varchar,
  	"preparing_unit_id" integer,
  	"participants" varchar,
  	"published" boolean DEFAULT false,
  	"first_published_at" timestamp(3) with time zone,
  	"adjusted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "schedule_entries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer
  );
  
  ALTER TABLE "_articles_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_articles_v" ADD COLUMN "published_locale" "enum__articles_v_published_locale";
  ALTER TABLE "units" ADD COLUMN "slug" varchar;
  ALTER TABLE "units" ADD COLUMN "parent_id" integer;
  ALTER TABLE "units" ADD COLUMN "order" numeric;
  ALTER TABLE "units" ADD COLUMN "phone" varchar;
  ALTER TABLE "units" ADD COLUMN "email" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "schedule_entries_id" integer;
  ALTER TABLE "units_locales" ADD CONSTRAINT "units_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_locales" ADD CONSTRAINT "people_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "schedule_entries" ADD CONSTRAINT "schedule_entries_preparing_unit_id_units_id_fk" FOREIGN KEY ("preparing_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "schedule_entries_rels" ADD CONSTRAINT "schedule_entries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."schedule_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "schedule_entries_rels" ADD CONSTRAINT "schedule_entries_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "units_locales_locale_parent_id_unique" ON "units_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "people_role_idx" ON "people" USING btree ("role");
  CREATE INDEX "people_order_idx" ON "people" USING btree ("order");
  CREATE INDEX "people_published_idx" ON "people" USING btree ("published");
  CREATE INDEX "people_unit_idx" ON "people" USING btree ("unit_id");
  CREATE INDEX "people_photo_idx" ON "people" USING btree ("photo_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE UNIQUE INDEX "people_locales_locale_parent_id_unique" ON "people_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "schedule_entries_starts_at_idx" ON "schedule_entries" USING btree ("starts_at");
  CREATE INDEX "schedule_entries_preparing_unit_idx" ON "schedule_entries" USING btree ("preparing_unit_id");
  CREATE INDEX "schedule_entries_published_idx" ON "schedule_entries" USING btree ("published");
  CREATE INDEX "schedule_entries_updated_at_idx" ON "schedule_entries" USING btree ("updated_at");
  CREATE INDEX "schedule_entries_created_at_idx" ON "schedule_entries" USING btree ("created_at");
  CREATE INDEX "schedule_entries_rels_order_idx" ON "schedule_entries_rels" USING btree ("order");
  CREATE INDEX "schedule_entries_rels_parent_idx" ON "schedule_entries_rels" USING btree ("parent_id");
  CREATE INDEX "schedule_entries_rels_path_idx" ON "schedule_entries_rels" USING btree ("path");
  CREATE INDEX "schedule_entries_rels_people_id_idx" ON "schedule_entries_rels" USING btree ("people_id");
  ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_schedule_entries_fk" FOREIGN KEY ("schedule_entries_id") REFERENCES "public"."schedule_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE UNIQUE INDEX "units_slug_idx" ON "units" USING btree ("slug");
  CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");
  CREATE INDEX "units_order_idx" ON "units" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_schedule_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("schedule_entries_id");
  -- HAND-WRITTEN (organisation): the units' names move to units_locales as their Vietnamese text, kept.
  INSERT INTO "units_locales" ("full_name", "_locale", "_parent_id") SELECT "full_name", 'vi', "id" FROM "units";
  ALTER TABLE "units" DROP COLUMN "full_name";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   -- HAND-WRITTEN (organisation): the Vietnamese names go back into units before their table is dropped.
  ALTER TABLE "units" ADD COLUMN "full_name" varchar;
  UPDATE "units" SET "full_name" = COALESCE((SELECT "full_name" FROM "units_locales" WHERE "_parent_id" = "units"."id" AND "_locale" = 'vi'), "short_name");
  ALTER TABLE "units" ALTER COLUMN "full_name" SET NOT NULL;
  ALTER TABLE "units_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "schedule_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "schedule_entries_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "units_locales" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "people_locales" CASCADE;
  DROP TABLE "schedule_entries" CASCADE;
  DROP TABLE "schedule_entries_rels" CASCADE;
  ALTER TABLE "units" DROP CONSTRAINT "units_parent_id_units_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_people_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_schedule_entries_fk";
  
  DROP INDEX "_articles_v_snapshot_idx";
  DROP INDEX "_articles_v_published_locale_idx";
  DROP INDEX "units_slug_idx";
  DROP INDEX "units_parent_idx";
  DROP INDEX "units_order_idx";
  DROP INDEX "payload_locked_documents_rels_people_id_idx";
  DROP INDEX "payload_locked_documents_rels_schedule_entries_id_idx";
  ALTER TABLE "_articles_v" DROP COLUMN "snapshot";
  ALTER TABLE "_articles_v" DROP COLUMN "published_locale";
  ALTER TABLE "units" DROP COLUMN "slug";
  ALTER TABLE "units" DROP COLUMN "parent_id";
  ALTER TABLE "units" DROP COLUMN "order";
  ALTER TABLE "units" DROP COLUMN "phone";
  ALTER TABLE "units" DROP COLUMN "email";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "people_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "schedule_entries_id";
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_people_role";`)
}
