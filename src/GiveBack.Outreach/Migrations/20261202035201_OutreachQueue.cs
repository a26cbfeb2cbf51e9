using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Outreach.Migrations
{
    /// <inheritdoc />
    public partial class OutreachQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // `outreach_messages` was the ledger context's until the outreach module's OutreachDbContext took it (the
            // ledger's HandTablesToTheirModules drops it from that model, not from the database). A database the
            // ledger's migrations made already has it, and keeps its rows: only what is missing is created, so a fresh
            // database and an upgraded one end up the same.
            migrationBuilder.Sql(
                """
                CREATE TABLE IF NOT EXISTS outreach_messages (
                    id bigint GENERATED ALWAYS AS IDENTITY,
                    kind character varying(32) NOT NULL,
                    reference character varying(200) NOT NULL,
                    donor_id uuid NOT NULL,
                    message_kind character varying(32) NOT NULL,
                    language character varying(8),
                    values jsonb NOT NULL DEFAULT ('{}'::jsonb),
                    status character varying(16) NOT NULL DEFAULT 'queued',
                    attempts integer NOT NULL,
                    next_attempt_at timestamp with time zone,
                    leased_until timestamp with time zone,
                    last_error character varying(2000),
                    channel character varying(64),
                    transport_id character varying(500),
                    message_id uuid NOT NULL DEFAULT (gen_random_uuid()),
                    subject character varying(300),
                    created_at timestamp with time zone NOT NULL,
                    sent_at timestamp with time zone,
                    updated_at timestamp with time zone NOT NULL,
                    CONSTRAINT pk_outreach_messages PRIMARY KEY (id)
                );
                CREATE INDEX IF NOT EXISTS ix_outreach_messages_donor_id ON outreach_messages (donor_id);
                CREATE INDEX IF NOT EXISTS ix_outreach_messages_due ON outreach_messages (next_attempt_at) WHERE status IN ('queued', 'failed');
                CREATE UNIQUE INDEX IF NOT EXISTS ix_outreach_messages_kind_reference ON outreach_messages (kind, reference);
                CREATE INDEX IF NOT EXISTS ix_outreach_messages_status_id ON outreach_messages (status, id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The table predates this context: rolling this back hands it back to nobody's model, it drops nothing.
        }
    }
}
