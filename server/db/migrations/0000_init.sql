CREATE TABLE "researchers" (
	"id" text PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"orcid" text,
	"works_count" integer NOT NULL,
	"cited_by_count" integer NOT NULL,
	"record" jsonb NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "works" (
	"id" text PRIMARY KEY NOT NULL,
	"doi" text,
	"type" text,
	"publication_year" integer,
	"is_retracted" boolean DEFAULT false NOT NULL,
	"record" jsonb NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_authors" (
	"work_id" text NOT NULL,
	"position" integer NOT NULL,
	"author_id" text,
	"raw_name" text NOT NULL,
	"display_name" text,
	"orcid" text,
	"institution_ids" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "work_authors_work_id_position_pk" PRIMARY KEY("work_id","position")
);
--> statement-breakpoint
CREATE TABLE "paper_lookups" (
	"key" text PRIMARY KEY NOT NULL,
	"work_id" text,
	"fetched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "work_authors" ADD CONSTRAINT "work_authors_work_id_works_id_fk" FOREIGN KEY ("work_id") REFERENCES "public"."works"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "works_doi_idx" ON "works" USING btree ("doi");--> statement-breakpoint
CREATE INDEX "work_authors_author_idx" ON "work_authors" USING btree ("author_id");