import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// HAND-WRITTEN below the generated index drops: /van-ban's full-text index (src/documents/sqliteIndex.ts).
// An FTS5 table of the published documents: each row is a document's folded words (its `search_text`) and
// one term per filter (`_t` type, `_y` Vietnam's year, `_v` validity, `_i` issuer, `_f` field, `_all`), so
// that a search, its filters and its count are all answered by the index. The rowid is the second of issue
// × 2^24 + the document's id, so FTS5 lists matches newest first and stops at the page. Filter terms start
// with `_`, which the tokenizer keeps inside a word (tokenchars) and a reader's words never contain.
//
// Prefix indexes for 1 to 7 characters: a Vietnamese syllable has at most 7 letters folded ("nghieng"), so a
// reader's word is read from one stored list instead of merging every term it begins (5 to 10 times slower
// for "cong"* or "chuc"* over 20,000 documents); longer words (long numbers) still match, more slowly.
//
// Kept by triggers on `documents`, in the statement that writes the row: Payload 3.90 saves on SQLite
// without a transaction, and a trigger cannot be skipped nor fail apart from the save. The index holds
// exactly the rows today's readers may find (the live row, published), whoever writes them: a save, an
// unpublish, a delete, an import or `npm run bench:documents` through Payload's adapter.

/** The document's key: issued newest first, then the highest id; a document without a date goes last. */
const key = (row: string) =>
  `(COALESCE(CAST(strftime('%s', ${row}.issued_at) AS INTEGER), -274877906944) * 16777216 + ${row}.id)`

/** Its words, then its filters' terms; hex() keeps an issuer or field exact (and one word) whatever it holds. */
const text = (row: string) => `COALESCE(${row}.search_text, '') || ' _all'
    || COALESCE(' _t' || ${row}.doc_type_id, '')
    || COALESCE(' _y' || strftime('%Y', ${row}.issued_at, '+7 hours'), '')
    || ' _v' || hex(${row}.validity) || ' _i' || hex(${row}.issuer) || ' _f' || hex(${row}.field)`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_issuedAt_searchText_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_issuedAt_version_searchText_idx\`;`)

  // HAND-WRITTEN: the index, its triggers, and the published documents already there.
  await db.run(
    sql.raw(`CREATE VIRTUAL TABLE \`document_search\` USING fts5(
      words, tokenize = "unicode61 tokenchars '_'", prefix = '1 2 3 4 5 6 7', detail = none);`),
  )
  await db.run(
    sql.raw(`CREATE TRIGGER \`document_search_insert\` AFTER INSERT ON \`documents\` WHEN new._status = 'published' BEGIN
      INSERT INTO document_search (rowid, words) VALUES (${key('new')}, ${text('new')});
    END;`),
  )
  await db.run(
    sql.raw(`CREATE TRIGGER \`document_search_update\` AFTER UPDATE ON \`documents\` BEGIN
      DELETE FROM document_search WHERE rowid = ${key('old')};
      INSERT INTO document_search (rowid, words) SELECT ${key('new')}, ${text('new')} WHERE new._status = 'published';
    END;`),
  )
  await db.run(
    sql.raw(`CREATE TRIGGER \`document_search_delete\` AFTER DELETE ON \`documents\` BEGIN
      DELETE FROM document_search WHERE rowid = ${key('old')};
    END;`),
  )
  await db.run(
    sql.raw(`INSERT INTO document_search (rowid, words)
      SELECT ${key('d')}, ${text('d')} FROM documents AS d WHERE d._status = 'published';`),
  )
  await db.run(sql.raw(`INSERT INTO document_search (document_search) VALUES ('optimize');`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER IF EXISTS \`document_search_insert\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`document_search_update\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`document_search_delete\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`document_search\`;`)
  await db.run(sql`CREATE INDEX \`_status_issuedAt_searchText_idx\` ON \`documents\` (\`_status\`,\`issued_at\`,\`search_text\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_issuedAt_version_searchText_idx\` ON \`_documents_v\` (\`version__status\`,\`version_issued_at\`,\`version_search_text\`);`,
  )
}
