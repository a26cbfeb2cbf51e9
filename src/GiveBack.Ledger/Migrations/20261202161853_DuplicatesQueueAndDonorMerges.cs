using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class DuplicatesQueueAndDonorMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "reasons",
                table: "possible_duplicates",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<double>(
                name: "score",
                table: "possible_duplicates",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.CreateTable(
                name: "donor_merges",
                columns: table => new
                {
                    merged_donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    survivor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    merged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    merged_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    moved = table.Column<string>(type: "jsonb", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donor_merges", x => x.merged_donor_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_possible_duplicates_status_score_id",
                table: "possible_duplicates",
                columns: new[] { "status", "score", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_donor_merges_survivor_id",
                table: "donor_merges",
                column: "survivor_id");

            // The pairs recorded before scores existed were all the giving page's "same e-mail, different name".
            migrationBuilder.Sql("UPDATE possible_duplicates SET score = 0.9, reasons = ARRAY['same e-mail'] WHERE score = 0;");

            // A merged donor's gifts stand for the survivor: the ledger keeps its rows as written, and "standing gifts"
            // (every report, the rollups and segments read it) resolves their donor through donor_merges. Two branches
            // so that a filter on donor_id still reaches an index in each: the ledger's (donor_id, received_on) for
            // donors never merged away, donor_merges' survivor_id then the ledger's for the rows of merged donors.
            migrationBuilder.Sql(
                """
                CREATE OR REPLACE VIEW standing_gifts AS
                SELECT g.id, g.sequence, g.donor_id, g.campaign_id, g.pledge_id, g.amount, g.currency, g.received_on
                FROM ledger_entries g
                WHERE g.kind = 'gift'
                  AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id)
                  AND NOT EXISTS (SELECT 1 FROM donor_merges m WHERE m.merged_donor_id = g.donor_id)
                UNION ALL
                SELECT g.id, g.sequence, m.survivor_id, g.campaign_id, g.pledge_id, g.amount, g.currency, g.received_on
                FROM donor_merges m
                JOIN ledger_entries g ON g.donor_id = m.merged_donor_id
                WHERE g.kind = 'gift'
                  AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE OR REPLACE VIEW standing_gifts AS
                SELECT g.id, g.sequence, g.donor_id, g.campaign_id, g.pledge_id, g.amount, g.currency, g.received_on
                FROM ledger_entries g
                WHERE g.kind = 'gift'
                  AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id);
                """);

            migrationBuilder.DropTable(
                name: "donor_merges");

            migrationBuilder.DropIndex(
                name: "ix_possible_duplicates_status_score_id",
                table: "possible_duplicates");

            migrationBuilder.DropColumn(
                name: "reasons",
                table: "possible_duplicates");

            migrationBuilder.DropColumn(
                name: "score",
                table: "possible_duplicates");
        }
    }
}
