import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`score_records_score_parts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`value\` numeric,
  	\`unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`score_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`score_records_score_parts_order_idx\` ON \`score_records_score_parts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`score_records_score_parts_parent_id_idx\` ON \`score_records_score_parts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`score_records_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`value\` numeric,
  	\`previous_value\` numeric,
  	\`unit\` text,
  	\`percent\` numeric,
  	\`rank\` numeric,
  	\`out_of\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`score_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`score_records_criteria_order_idx\` ON \`score_records_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`score_records_criteria_parent_id_idx\` ON \`score_records_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`score_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`index_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`subject\` text DEFAULT 'Lào Cai' NOT NULL,
  	\`unit\` text DEFAULT 'points',
  	\`total_value\` numeric,
  	\`total_unit\` text,
  	\`total_rank\` numeric,
  	\`total_out_of\` numeric,
  	\`change_points\` numeric,
  	\`change_ranks\` numeric,
  	\`change_basis\` text,
  	\`rank_group_name\` text,
  	\`rank_group_note\` text,
  	\`region_rank_region\` text,
  	\`region_rank_rank\` numeric,
  	\`region_rank_out_of\` numeric,
  	\`score_parts_note\` text,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`index_id\`) REFERENCES \`indices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`score_records_index_idx\` ON \`score_records\` (\`index_id\`);`)
  await db.run(sql`CREATE INDEX \`score_records_updated_at_idx\` ON \`score_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`score_records_created_at_idx\` ON \`score_records\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indices_code_idx\` ON \`indices\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`indices_slug_idx\` ON \`indices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indices_updated_at_idx\` ON \`indices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indices_created_at_idx\` ON \`indices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indices_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indices_texts_order_parent\` ON \`indices_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`score_records_id\` integer REFERENCES score_records(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_score_records_id_idx\` ON \`articles_rels\` (\`score_records_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`score_records_id\` integer REFERENCES score_records(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_score_records_id_idx\` ON \`_articles_v_rels\` (\`score_records_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`score_records_id\` integer REFERENCES score_records(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indices_id\` integer REFERENCES indices(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_score_records_id_idx\` ON \`payload_locked_documents_rels\` (\`score_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indices_id_idx\` ON \`payload_locked_documents_rels\` (\`indices_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`score_records_score_parts\`;`)
  await db.run(sql`DROP TABLE \`score_records_criteria\`;`)
  await db.run(sql`DROP TABLE \`score_records\`;`)
  await db.run(sql`DROP TABLE \`indices\`;`)
  await db.run(sql`DROP TABLE \`indices_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "articles_id") SELECT "id", "order", "parent_id", "path", "articles_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "articles_id") SELECT "id", "order", "parent_id", "path", "articles_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`categories_id\` integer,
  	\`media_id\` integer,
  	\`authors_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "categories_id", "media_id", "authors_id", "units_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "categories_id", "media_id", "authors_id", "units_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
