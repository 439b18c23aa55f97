import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written, as on SQLite: the tables Payload's schema does not describe. The counters' tables
 * (src/analytics/postgresStore.ts), the search table (src/search/postgres.ts) with accents and đ folded
 * by `unaccent`, and an index for reading an article's relations in order.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "counter_article_views" ("article_id" integer PRIMARY KEY NOT NULL, "views" bigint NOT NULL DEFAULT 0);
  CREATE TABLE "counter_article_days" (
    "article_id" integer NOT NULL, "day" text NOT NULL, "views" bigint NOT NULL DEFAULT 0,
    PRIMARY KEY ("article_id", "day")
  );
  CREATE INDEX "counter_article_days_day_idx" ON "counter_article_days" ("day");
  CREATE TABLE "counter_visits" ("day" text NOT NULL, "visitor" text NOT NULL, "last_seen" bigint NOT NULL, PRIMARY KEY ("day", "visitor"));
  CREATE INDEX "counter_visits_last_seen_idx" ON "counter_visits" ("last_seen");
  CREATE TABLE "counter_daily_visitors" ("day" text PRIMARY KEY NOT NULL, "visitors" integer NOT NULL);
  CREATE TABLE "counter_salts" ("day" text PRIMARY KEY NOT NULL, "salt" text NOT NULL);
  CREATE TABLE "counter_view_marks" (
    "visitor" text NOT NULL, "article_id" integer NOT NULL, "counted_at" bigint NOT NULL,
    PRIMARY KEY ("visitor", "article_id")
  );
  CREATE INDEX "counter_view_marks_counted_at_idx" ON "counter_view_marks" ("counted_at");
  CREATE TABLE "counter_state" ("key" text PRIMARY KEY NOT NULL, "value" text);

  CREATE INDEX "articles_rels_parent_order_idx" ON "articles_rels" ("parent_id", "order");

  CREATE EXTENSION IF NOT EXISTS unaccent;
  -- unaccent() is only STABLE (its dictionary could change); a generated column needs IMMUTABLE.
  -- Folded as the site folds queries (src/search/normalize.ts): marks off, đ to d, lowercase, and only
  -- letters and digits, so "4.0" or "laocai.gov.vn" are words here as they are in a query.
  CREATE FUNCTION portal_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '[^a-z0-9]+', ' ', 'g');
  CREATE TABLE "article_search" (
    "article_id" integer PRIMARY KEY NOT NULL,
    "published_at" timestamp(3) with time zone,
    "slug" text NOT NULL,
    "category_name" text NOT NULL DEFAULT '',
    "title_text" text NOT NULL DEFAULT '',
    "summary_text" text NOT NULL DEFAULT '',
    "body_text" text NOT NULL DEFAULT '',
    "author_text" text NOT NULL DEFAULT '',
    "title_document" tsvector GENERATED ALWAYS AS (to_tsvector('simple', portal_fold(title_text))) STORED,
    "document" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', portal_fold(title_text)), 'A') ||
      setweight(to_tsvector('simple', portal_fold(summary_text)), 'B') ||
      setweight(to_tsvector('simple', portal_fold(author_text || ' ' || category_name)), 'C') ||
      setweight(to_tsvector('simple', portal_fold(body_text)), 'D')
    ) STORED
  );
  CREATE INDEX "article_search_document_idx" ON "article_search" USING gin ("document");
  CREATE INDEX "article_search_title_document_idx" ON "article_search" USING gin ("title_document");
  CREATE INDEX "article_search_newest_idx" ON "article_search" ("published_at" DESC NULLS LAST, "article_id" DESC);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "article_search";
  DROP FUNCTION IF EXISTS portal_fold(text);
  DROP INDEX IF EXISTS "articles_rels_parent_order_idx";
  DROP TABLE IF EXISTS "counter_article_views", "counter_article_days", "counter_visits", "counter_daily_visitors",
    "counter_salts", "counter_view_marks", "counter_state";
  `)
}
