import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_status_issuedAt_searchText_idx" ON "documents" USING btree ("_status","issued_at","search_text");
  CREATE INDEX "version__status_version_issuedAt_version_searchText_idx" ON "_documents_v" USING btree ("version__status","version_issued_at","version_search_text");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_issuedAt_searchText_idx";
  DROP INDEX "version__status_version_issuedAt_version_searchText_idx";`)
}
