import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// HAND-WRITTEN below the generated index drops: /van-ban's full-text index (src/documents/postgresIndex.ts).
// A narrow table of the published documents: the columns /van-ban filters and sorts on, and the folded words
// as a tsvector (portal_fold, as the articles' search) with a GIN index; newest first from a b-tree.
//
// Kept by a trigger on `documents`, in the statement (so the transaction) that writes the row; a deleted
// document's row goes with it (the foreign key). The table holds exactly the rows today's readers may find
// (the live row, published), whoever writes them: a save, an unpublish, a delete, an import or
// `npm run bench:documents` through Payload's adapter.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_issuedAt_searchText_idx";
  DROP INDEX "version__status_version_issuedAt_version_searchText_idx";`)

  // HAND-WRITTEN: the table, its trigger, and the published documents already there.
  await db.execute(sql`
  CREATE TABLE "document_search" (
    "document_id" integer PRIMARY KEY NOT NULL REFERENCES "documents" ("id") ON DELETE CASCADE,
    "issued_at" timestamp(3) with time zone,
    "doc_type_id" integer,
    "issuer" varchar,
    "field" varchar,
    "validity" text,
    "search_text" text NOT NULL DEFAULT '',
    "words" tsvector GENERATED ALWAYS AS (to_tsvector('simple', portal_fold(search_text))) STORED
  );
  CREATE INDEX "document_search_words_idx" ON "document_search" USING gin ("words");
  CREATE INDEX "document_search_newest_idx" ON "document_search" ("issued_at" DESC NULLS LAST, "document_id" DESC);

  CREATE FUNCTION portal_document_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW._status = 'published' THEN
      INSERT INTO document_search (document_id, issued_at, doc_type_id, issuer, field, validity, search_text)
      VALUES (NEW.id, NEW.issued_at, NEW.doc_type_id, NEW.issuer, NEW.field, NEW.validity::text, COALESCE(NEW.search_text, ''))
      ON CONFLICT (document_id) DO UPDATE SET issued_at = excluded.issued_at, doc_type_id = excluded.doc_type_id,
        issuer = excluded.issuer, field = excluded.field, validity = excluded.validity, search_text = excluded.search_text;
    ELSE
      DELETE FROM document_search WHERE document_id = NEW.id;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER "document_search_sync" AFTER INSERT OR UPDATE ON "documents"
    FOR EACH ROW EXECUTE FUNCTION portal_document_search_sync();

  INSERT INTO document_search (document_id, issued_at, doc_type_id, issuer, field, validity, search_text)
    SELECT id, issued_at, doc_type_id, issuer, field, validity::text, COALESCE(search_text, '')
    FROM documents WHERE _status = 'published';
  ANALYZE document_search;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "document_search_sync" ON "documents";
  DROP FUNCTION IF EXISTS portal_document_search_sync();
  DROP TABLE IF EXISTS "document_search";
   CREATE INDEX "_status_issuedAt_searchText_idx" ON "documents" USING btree ("_status","issued_at","search_text");
  CREATE INDEX "version__status_version_issuedAt_version_searchText_idx" ON "_documents_v" USING btree ("version__status","version_issued_at","version_search_text");`)
}
