using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class PledgesOutreachAndJobRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "pledge_id",
                table: "ledger_entries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "campaigns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "opened_at",
                table: "campaigns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "job_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    job = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    fire_instance_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    instance = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    detail = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outreach_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outreach_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pledge_commitments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    pledge_id = table.Column<Guid>(type: "uuid", nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pledge_commitments", x => x.id);
                    table.CheckConstraint("ck_pledge_commitments_sign", "(kind = 'pledge' AND amount > 0) OR (kind <> 'pledge' AND amount < 0)");
                });

            migrationBuilder.CreateTable(
                name: "pledges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fund = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    total_amount = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    installment_count = table.Column<int>(type: "integer", nullable: false),
                    first_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    paid_amount = table.Column<long>(type: "bigint", nullable: false),
                    balance_amount = table.Column<long>(type: "bigint", nullable: false),
                    written_off_amount = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pledges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pledge_installments",
                columns: table => new
                {
                    pledge_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    paid_amount = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reminder_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    overdue_marked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    follow_up_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pledge_installments", x => new { x.pledge_id, x.number });
                    table.ForeignKey(
                        name: "fk_pledge_installments_pledges_pledge_id",
                        column: x => x.pledge_id,
                        principalTable: "pledges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_pledge_id",
                table: "ledger_entries",
                column: "pledge_id",
                filter: "pledge_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_job_runs_job_started_at",
                table: "job_runs",
                columns: new[] { "job", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outreach_messages_donor_id",
                table: "outreach_messages",
                column: "donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_outreach_messages_kind_reference",
                table: "outreach_messages",
                columns: new[] { "kind", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pledge_commitments_campaign_id_sequence",
                table: "pledge_commitments",
                columns: new[] { "campaign_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_pledge_commitments_pledge_id",
                table: "pledge_commitments",
                column: "pledge_id");

            migrationBuilder.CreateIndex(
                name: "ix_pledge_installments_due_on",
                table: "pledge_installments",
                column: "due_on");

            migrationBuilder.CreateIndex(
                name: "ix_pledges_campaign_id_status",
                table: "pledges",
                columns: new[] { "campaign_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_pledges_donor_id",
                table: "pledges",
                column: "donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_pledges_status",
                table: "pledges",
                column: "status");

            // Promises are append-only like money: a write-off or a cancellation is a new negative row.
            migrationBuilder.Sql("""
                CREATE TRIGGER pledge_commitments_append_only BEFORE UPDATE OR DELETE ON pledge_commitments
                    FOR EACH ROW EXECUTE FUNCTION ledger_entries_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS pledge_commitments_append_only ON pledge_commitments;");

            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "outreach_messages");

            migrationBuilder.DropTable(
                name: "pledge_commitments");

            migrationBuilder.DropTable(
                name: "pledge_installments");

            migrationBuilder.DropTable(
                name: "pledges");

            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_pledge_id",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "pledge_id",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "opened_at",
                table: "campaigns");
        }
    }
}
