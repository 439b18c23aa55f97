import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE UNIQUE INDEX \`index_year_subject_idx\` ON \`score_records\` (\`index_id\`,\`year\`,\`subject\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`index_year_subject_idx\`;`)
}
