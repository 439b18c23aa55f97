import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_issuedAt_searchText_idx\` ON \`documents\` (\`_status\`,\`issued_at\`,\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_issuedAt_version_searchText_idx\` ON \`_documents_v\` (\`version__status\`,\`version_issued_at\`,\`version_search_text\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_issuedAt_searchText_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_issuedAt_version_searchText_idx\`;`)
}
