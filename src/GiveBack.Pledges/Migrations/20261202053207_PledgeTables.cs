using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Pledges.Migrations
{
    /// <inheritdoc />
    public partial class PledgeTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The pledge tables were the ledger context's until this module's PledgesDbContext took them (the ledger's
            // HandPledgesToTheirModule drops them from that model, not from the database). A database the ledger's
            // migrations made already has them, and keeps its rows: only what is missing is created, so a fresh
            // database and an upgraded one end up the same. The commitments stay append-only through a function of
            // this module's own, so pledges no longer lean on the ledger's.
            migrationBuilder.Sql(
                """
                CREATE TABLE IF NOT EXISTS pledge_commitments (
                    id uuid NOT NULL,
                    sequence bigint GENERATED ALWAYS AS IDENTITY,
                    pledge_id uuid NOT NULL,
                    donor_id uuid NOT NULL,
                    campaign_id uuid NOT NULL,
                    kind character varying(16) NOT NULL,
                    amount bigint NOT NULL,
                    currency character(3) NOT NULL,
                    reason character varying(500),
                    recorded_at timestamp with time zone NOT NULL,
                    CONSTRAINT pk_pledge_commitments PRIMARY KEY (id),
                    CONSTRAINT ck_pledge_commitments_sign CHECK ((kind = 'pledge' AND amount > 0) OR (kind <> 'pledge' AND amount < 0))
                );
                CREATE INDEX IF NOT EXISTS ix_pledge_commitments_campaign_id_sequence ON pledge_commitments (campaign_id, sequence);
                CREATE INDEX IF NOT EXISTS ix_pledge_commitments_pledge_id ON pledge_commitments (pledge_id);

                CREATE TABLE IF NOT EXISTS pledges (
                    id uuid NOT NULL,
                    donor_id uuid NOT NULL,
                    campaign_id uuid NOT NULL,
                    fund character varying(100),
                    total_amount bigint NOT NULL,
                    currency character(3) NOT NULL,
                    frequency character varying(16) NOT NULL,
                    installment_count integer NOT NULL,
                    first_due_on date NOT NULL,
                    status character varying(16) NOT NULL,
                    paid_amount bigint NOT NULL,
                    balance_amount bigint NOT NULL,
                    written_off_amount bigint NOT NULL,
                    created_at timestamp with time zone NOT NULL,
                    updated_at timestamp with time zone NOT NULL,
                    CONSTRAINT pk_pledges PRIMARY KEY (id)
                );
                CREATE INDEX IF NOT EXISTS ix_pledges_campaign_id_status ON pledges (campaign_id, status);
                CREATE INDEX IF NOT EXISTS ix_pledges_donor_id ON pledges (donor_id);
                CREATE INDEX IF NOT EXISTS ix_pledges_status ON pledges (status);

                CREATE TABLE IF NOT EXISTS pledge_installments (
                    pledge_id uuid NOT NULL,
                    number integer NOT NULL,
                    due_on date NOT NULL,
                    amount bigint NOT NULL,
                    paid_amount bigint NOT NULL,
                    status character varying(16) NOT NULL,
                    reminder_sent_at timestamp with time zone,
                    overdue_marked_at timestamp with time zone,
                    follow_up_sent_at timestamp with time zone,
                    CONSTRAINT pk_pledge_installments PRIMARY KEY (pledge_id, number),
                    CONSTRAINT fk_pledge_installments_pledges_pledge_id FOREIGN KEY (pledge_id) REFERENCES pledges (id) ON DELETE CASCADE
                );
                CREATE INDEX IF NOT EXISTS ix_pledge_installments_due_on ON pledge_installments (due_on);

                CREATE OR REPLACE FUNCTION pledge_commitments_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: record a write-off or cancellation instead of % on commitment %', TG_TABLE_NAME, TG_OP, OLD.id;
                END $$;
                DROP TRIGGER IF EXISTS pledge_commitments_append_only ON pledge_commitments;
                CREATE TRIGGER pledge_commitments_append_only BEFORE UPDATE OR DELETE ON pledge_commitments
                    FOR EACH ROW EXECUTE FUNCTION pledge_commitments_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The tables predate this context: rolling this back hands them back to nobody's model, it drops nothing.
        }
    }
}
