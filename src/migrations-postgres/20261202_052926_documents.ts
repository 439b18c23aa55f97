import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_validity" AS ENUM('inForce', 'expired', 'replaced');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_version_validity" AS ENUM('inForce', 'expired', 'replaced');
  CREATE TYPE "public"."enum__documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"number" varchar,
  	"doc_type_id" integer,
  	"issuer" varchar,
  	"field" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"effective_at" timestamp(3) with time zone,
  	"signer" varchar,
  	"summary" varchar,
  	"validity" "enum_documents_validity" DEFAULT 'inForce',
  	"replaced_by_id" integer,
  	"slug" varchar,
  	"original_name" varchar,
  	"search_text" varchar,
  	"number_key" varchar,
  	"prefix" varchar DEFAULT 'documents',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_documents_status" DEFAULT 'draft',
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_number" varchar,
  	"version_doc_type_id" integer,
  	"version_issuer" varchar,
  	"version_field" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_effective_at" timestamp(3) with time zone,
  	"version_signer" varchar,
  	"version_summary" varchar,
  	"version_validity" "enum__documents_v_version_validity" DEFAULT 'inForce',
  	"version_replaced_by_id" integer,
  	"version_slug" varchar,
  	"version_original_name" varchar,
  	"version_search_text" varchar,
  	"version_number_key" varchar,
  	"version_prefix" varchar DEFAULT 'documents',
  	"version__objectkey" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__documents_v_version_status" DEFAULT 'draft',
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "document_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_types_id" integer;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_doc_type_id_document_types_id_fk" FOREIGN KEY ("doc_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_replaced_by_id_documents_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_doc_type_id_document_types_id_fk" FOREIGN KEY ("version_doc_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_replaced_by_id_documents_id_fk" FOREIGN KEY ("version_replaced_by_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_number_idx" ON "documents" USING btree ("number");
  CREATE INDEX "documents_doc_type_idx" ON "documents" USING btree ("doc_type_id");
  CREATE INDEX "documents_issuer_idx" ON "documents" USING btree ("issuer");
  CREATE INDEX "documents_field_idx" ON "documents" USING btree ("field");
  CREATE INDEX "documents_issued_at_idx" ON "documents" USING btree ("issued_at");
  CREATE INDEX "documents_validity_idx" ON "documents" USING btree ("validity");
  CREATE INDEX "documents_replaced_by_idx" ON "documents" USING btree ("replaced_by_id");
  CREATE UNIQUE INDEX "documents_slug_idx" ON "documents" USING btree ("slug");
  CREATE INDEX "documents_number_key_idx" ON "documents" USING btree ("number_key");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents__status_idx" ON "documents" USING btree ("_status");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE INDEX "_status_issuedAt_idx" ON "documents" USING btree ("_status","issued_at");
  CREATE INDEX "docType__status_issuedAt_idx" ON "documents" USING btree ("doc_type_id","_status","issued_at");
  CREATE INDEX "issuer__status_issuedAt_idx" ON "documents" USING btree ("issuer","_status","issued_at");
  CREATE INDEX "field__status_issuedAt_idx" ON "documents" USING btree ("field","_status","issued_at");
  CREATE INDEX "validity__status_issuedAt_idx" ON "documents" USING btree ("validity","_status","issued_at");
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_documents_id_idx" ON "documents_rels" USING btree ("documents_id");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_number_idx" ON "_documents_v" USING btree ("version_number");
  CREATE INDEX "_documents_v_version_version_doc_type_idx" ON "_documents_v" USING btree ("version_doc_type_id");
  CREATE INDEX "_documents_v_version_version_issuer_idx" ON "_documents_v" USING btree ("version_issuer");
  CREATE INDEX "_documents_v_version_version_field_idx" ON "_documents_v" USING btree ("version_field");
  CREATE INDEX "_documents_v_version_version_issued_at_idx" ON "_documents_v" USING btree ("version_issued_at");
  CREATE INDEX "_documents_v_version_version_validity_idx" ON "_documents_v" USING btree ("version_validity");
  CREATE INDEX "_documents_v_version_version_replaced_by_idx" ON "_documents_v" USING btree ("version_replaced_by_id");
  CREATE INDEX "_documents_v_version_version_slug_idx" ON "_documents_v" USING btree ("version_slug");
  CREATE INDEX "_documents_v_version_version_number_key_idx" ON "_documents_v" USING btree ("version_number_key");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version__status_idx" ON "_documents_v" USING btree ("version__status");
  CREATE INDEX "_documents_v_version_version_filename_idx" ON "_documents_v" USING btree ("version_filename");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE INDEX "_documents_v_latest_idx" ON "_documents_v" USING btree ("latest");
  CREATE INDEX "version__status_version_issuedAt_idx" ON "_documents_v" USING btree ("version__status","version_issued_at");
  CREATE INDEX "version_docType_version__status_version_issuedAt_idx" ON "_documents_v" USING btree ("version_doc_type_id","version__status","version_issued_at");
  CREATE INDEX "version_issuer_version__status_version_issuedAt_idx" ON "_documents_v" USING btree ("version_issuer","version__status","version_issued_at");
  CREATE INDEX "version_field_version__status_version_issuedAt_idx" ON "_documents_v" USING btree ("version_field","version__status","version_issued_at");
  CREATE INDEX "version_validity_version__status_version_issuedAt_idx" ON "_documents_v" USING btree ("version_validity","version__status","version_issued_at");
  CREATE INDEX "_documents_v_rels_order_idx" ON "_documents_v_rels" USING btree ("order");
  CREATE INDEX "_documents_v_rels_parent_idx" ON "_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_documents_v_rels_path_idx" ON "_documents_v_rels" USING btree ("path");
  CREATE INDEX "_documents_v_rels_documents_id_idx" ON "_documents_v_rels" USING btree ("documents_id");
  CREATE UNIQUE INDEX "document_types_name_idx" ON "document_types" USING btree ("name");
  CREATE UNIQUE INDEX "document_types_slug_idx" ON "document_types" USING btree ("slug");
  CREATE INDEX "document_types_updated_at_idx" ON "document_types" USING btree ("updated_at");
  CREATE INDEX "document_types_created_at_idx" ON "document_types" USING btree ("created_at");
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_types_fk" FOREIGN KEY ("document_types_id") REFERENCES "public"."document_types"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_rels_documents_id_idx" ON "articles_rels" USING btree ("documents_id");
  CREATE INDEX "_articles_v_rels_documents_id_idx" ON "_articles_v_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_document_types_id_idx" ON "payload_locked_documents_rels" USING btree ("document_types_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_types" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "_documents_v_rels" CASCADE;
  DROP TABLE "document_types" CASCADE;
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_documents_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_types_fk";
  
  DROP INDEX "articles_rels_documents_id_idx";
  DROP INDEX "_articles_v_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_types_id_idx";
  ALTER TABLE "articles_rels" DROP COLUMN "documents_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_types_id";
  DROP TYPE "public"."enum_documents_validity";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum__documents_v_version_validity";
  DROP TYPE "public"."enum__documents_v_version_status";`)
}
