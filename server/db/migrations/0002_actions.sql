CREATE TABLE "auth_transactions" (
	"state" text PRIMARY KEY NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"redirect_uri" text NOT NULL,
	"browser_binding_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"orcid" text NOT NULL,
	"name" text,
	"created_at" timestamp with time zone NOT NULL,
	"last_sign_in_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_orcid_unique" UNIQUE("orcid")
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"user_id" uuid NOT NULL,
	"researcher_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "follows_user_id_researcher_id_pk" PRIMARY KEY("user_id","researcher_id")
);
--> statement-breakpoint
CREATE TABLE "claim_audit" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claim_audit_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"claim_id" uuid NOT NULL,
	"researcher_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"rule" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"researcher_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"rule" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"level" text,
	"open_to_collaborate" boolean DEFAULT false NOT NULL,
	"headline" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "claims_status_check" CHECK ("claims"."status" in ('approved', 'pending', 'disputed'))
);
--> statement-breakpoint
CREATE TABLE "blocks" (
	"blocker_id" uuid NOT NULL,
	"blocked_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "blocks_blocker_id_blocked_id_pk" PRIMARY KEY("blocker_id","blocked_id")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sender_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"researcher_id" text NOT NULL,
	"message" text NOT NULL,
	"paper" text,
	"sender_contact" text NOT NULL,
	"recipient_contact" text,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	CONSTRAINT "invitations_status_check" CHECK ("invitations"."status" in ('pending', 'accepted', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "rate_limit_hits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"researcher_id" text NOT NULL,
	"paper" text,
	"reason" text NOT NULL,
	"user_id" uuid,
	"reporter_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_blocker_id_users_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_blocked_id_users_id_fk" FOREIGN KEY ("blocked_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "follows_researcher_idx" ON "follows" USING btree ("researcher_id");--> statement-breakpoint
CREATE INDEX "claim_audit_researcher_idx" ON "claim_audit" USING btree ("researcher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_one_owner_idx" ON "claims" USING btree ("researcher_id") WHERE "claims"."status" = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX "claims_user_researcher_idx" ON "claims" USING btree ("user_id","researcher_id");--> statement-breakpoint
CREATE INDEX "claims_researcher_idx" ON "claims" USING btree ("researcher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_one_open_idx" ON "invitations" USING btree ("sender_id","recipient_id") WHERE "invitations"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "invitations_recipient_idx" ON "invitations" USING btree ("recipient_id");--> statement-breakpoint
CREATE INDEX "invitations_sender_created_idx" ON "invitations" USING btree ("sender_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_researcher_idx" ON "reports" USING btree ("researcher_id");--> statement-breakpoint
-- Hand-written (drizzle-kit does not model triggers): claim decisions are history; nothing may rewrite them.
CREATE FUNCTION "claim_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'claim_audit is append-only: % is not allowed', TG_OP;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "claim_audit_no_update" BEFORE UPDATE OR DELETE ON "claim_audit" FOR EACH ROW EXECUTE FUNCTION "claim_audit_append_only"();--> statement-breakpoint
CREATE TRIGGER "claim_audit_no_truncate" BEFORE TRUNCATE ON "claim_audit" FOR EACH STATEMENT EXECUTE FUNCTION "claim_audit_append_only"();
