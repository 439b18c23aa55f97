import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`counter_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dedupe_minutes\` numeric DEFAULT 30 NOT NULL,
  	\`count_staff\` integer DEFAULT false,
  	\`starting_total\` numeric DEFAULT 0,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  // The counters' own tables, written by src/analytics/store.ts outside Payload's collections (hand-written).
  await db.run(sql`CREATE TABLE \`counter_article_views\` (
    \`article_id\` integer PRIMARY KEY NOT NULL,
    \`views\` integer NOT NULL DEFAULT 0
  );`)
  await db.run(sql`CREATE TABLE \`counter_article_days\` (
    \`article_id\` integer NOT NULL,
    \`day\` text NOT NULL,
    \`views\` integer NOT NULL DEFAULT 0,
    PRIMARY KEY (\`article_id\`, \`day\`)
  ) WITHOUT ROWID;`)
  await db.run(sql`CREATE INDEX \`counter_article_days_day_idx\` ON \`counter_article_days\` (\`day\`);`)
  await db.run(sql`CREATE TABLE \`counter_visits\` (
    \`day\` text NOT NULL,
    \`visitor\` text NOT NULL,
    \`last_seen\` integer NOT NULL,
    PRIMARY KEY (\`day\`, \`visitor\`)
  ) WITHOUT ROWID;`)
  await db.run(sql`CREATE INDEX \`counter_visits_last_seen_idx\` ON \`counter_visits\` (\`last_seen\`);`)
  await db.run(sql`CREATE TABLE \`counter_daily_visitors\` (
    \`day\` text PRIMARY KEY NOT NULL,
    \`visitors\` integer NOT NULL
  ) WITHOUT ROWID;`)
  await db.run(sql`CREATE TABLE \`counter_salts\` (
    \`day\` text PRIMARY KEY NOT NULL,
    \`salt\` text NOT NULL
  ) WITHOUT ROWID;`)
  await db.run(sql`CREATE TABLE \`counter_view_marks\` (
    \`visitor\` text NOT NULL,
    \`article_id\` integer NOT NULL,
    \`counted_at\` integer NOT NULL,
    PRIMARY KEY (\`visitor\`, \`article_id\`)
  ) WITHOUT ROWID;`)
  await db.run(sql`CREATE INDEX \`counter_view_marks_counted_at_idx\` ON \`counter_view_marks\` (\`counted_at\`);`)
  await db.run(sql`CREATE TABLE \`counter_state\` (
    \`key\` text PRIMARY KEY NOT NULL,
    \`value\` text
  ) WITHOUT ROWID;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`counter_settings\`;`)
  for (const table of [
    'counter_article_views',
    'counter_article_days',
    'counter_visits',
    'counter_daily_visitors',
    'counter_salts',
    'counter_view_marks',
    'counter_state',
  ]) {
    await db.run(sql.raw(`DROP TABLE IF EXISTS \`${table}\`;`))
  }
}
