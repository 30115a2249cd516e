CREATE TABLE "researcher_aliases" (
	"id" text PRIMARY KEY NOT NULL,
	"merged_into" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "researchers" ADD COLUMN "profile_built_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "works" ADD COLUMN "publication_date" date;--> statement-breakpoint
ALTER TABLE "works" ADD COLUMN "cited_by_count" integer DEFAULT 0 NOT NULL;