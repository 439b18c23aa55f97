import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written (Payload's schema has no say here): an FTS5 table of the articles' folded titles alone,
 * keyed like article_search (src/search/sqlite.ts). "Liên quan nhất" lists title matches first; asked of
 * article_search with a column filter, FTS5 reads every match of the words in any column to find them, and a
 * pair of common words with no title match (most pairs) cost 15–25 ms on the 100,000-article bench. This table
 * holds only the titles' words: the same question reads a few hundred entries (about 1 ms). Virtual tables
 * take no triggers, so the module that writes article_search writes this table in the same batch; it is
 * filled here from the entries already there.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql.raw(`CREATE VIRTUAL TABLE \`article_title_search\` USING fts5(title, tokenize = 'unicode61');`))
  await db.run(sql`INSERT INTO \`article_title_search\` (rowid, title) SELECT rowid, title FROM \`article_search\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`article_title_search\`;`)
}
