import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// HAND-WRITTEN (Payload's schema has no say here): the narrow table the articles' search finds matches in
// (src/search/postgres.ts). article_search keeps every entry's text, for the page's hits and snippets, and its
// words with their positions (`document`), for phrases; a broad query's count (up to 1,001 matches) and its
// newest-first page read article_search_words instead: the date, the title's words (with positions: phrases
// in a title, and "Liên quan nhất" sorts title matches first) and the words of the whole entry without
// positions or weights (`strip`: under half the size, and inline in the row rather than compressed in TOAST;
// toast_tuple_target keeps rows of up to 8 KB inline).
//
// `words` also holds one word no query can ask for, '#' and the article's id / 4096 (its bucket): a count
// asks bucket by bucket, and stops at 1,001 (src/search/postgres.ts). GIN builds the whole bitmap of a
// query's matches before a row is counted, so counting a broad query at once reads every match's entry in
// the index (a 4-word query matching 18,000 articles: 20 ms); one bucket at a time reads at most 4,096.
//
// Kept by a trigger on article_search, in the statement (so the transaction) that writes the entry: every
// writer of the entry (the articles' hooks, `npm run search:rebuild`, bench:data, a restore) keeps both
// tables alike without knowing of the second one; a removed entry's row goes with it (the foreign key).
// The GIN and date indexes on article_search are no longer read: dropped, so that a save writes less.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "article_search_words" (
    "article_id" integer PRIMARY KEY NOT NULL REFERENCES "article_search" ("article_id") ON DELETE CASCADE,
    "published_at" timestamp(3) with time zone,
    "title" tsvector NOT NULL,
    "words" tsvector NOT NULL
  ) WITH (toast_tuple_target = 8160);

  CREATE FUNCTION portal_article_words(document tsvector, article_id integer) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN strip(document) || array_to_tsvector(ARRAY['#' || (article_id >> 12)]);

  CREATE FUNCTION portal_article_search_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO article_search_words (article_id, published_at, title, words)
    VALUES (NEW.article_id, NEW.published_at, NEW.title_document, portal_article_words(NEW.document, NEW.article_id))
    ON CONFLICT (article_id) DO UPDATE SET published_at = excluded.published_at, title = excluded.title, words = excluded.words;
    RETURN NULL;
  END $$;
  CREATE TRIGGER "article_search_words_sync" AFTER INSERT OR UPDATE ON "article_search"
    FOR EACH ROW EXECUTE FUNCTION portal_article_search_words_sync();

  -- Newest first, as the page reads them.
  INSERT INTO article_search_words (article_id, published_at, title, words)
    SELECT article_id, published_at, title_document, portal_article_words(document, article_id) FROM article_search
    ORDER BY published_at DESC NULLS LAST, article_id DESC;
  CREATE INDEX "article_search_words_words_idx" ON "article_search_words" USING gin ("words");
  CREATE INDEX "article_search_words_title_idx" ON "article_search_words" USING gin ("title");
  CREATE INDEX "article_search_words_newest_idx" ON "article_search_words" ("published_at" DESC NULLS LAST, "article_id" DESC);

  DROP INDEX "article_search_document_idx", "article_search_title_document_idx", "article_search_newest_idx";
  ANALYZE article_search_words;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX "article_search_document_idx" ON "article_search" USING gin ("document");
  CREATE INDEX "article_search_title_document_idx" ON "article_search" USING gin ("title_document");
  CREATE INDEX "article_search_newest_idx" ON "article_search" ("published_at" DESC NULLS LAST, "article_id" DESC);
  DROP TRIGGER IF EXISTS "article_search_words_sync" ON "article_search";
  DROP FUNCTION IF EXISTS portal_article_search_words_sync();
  DROP TABLE IF EXISTS "article_search_words";
  DROP FUNCTION IF EXISTS portal_article_words(tsvector, integer);
  `)
}
