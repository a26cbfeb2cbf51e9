using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class GiftAmbassador : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ambassador_id",
                table: "ledger_entries",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_ambassador_id",
                table: "ledger_entries",
                column: "ambassador_id",
                filter: "ambassador_id IS NOT NULL");

            // The gifts that stand carry the ambassador too, so a giving day's ambassador figures read the view giving
            // publishes (net of reversals, merged donors counted once) and never the ledger's table. A column added at
            // the end: CREATE OR REPLACE keeps the view's readers.
            migrationBuilder.Sql(
                """
                CREATE OR REPLACE VIEW standing_gifts AS
                SELECT g.id, g.sequence, g.donor_id, g.campaign_id, g.pledge_id, g.amount, g.currency, g.received_on, g.ambassador_id
                FROM ledger_entries g
                WHERE g.kind = 'gift'
                  AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id)
                  AND NOT EXISTS (SELECT 1 FROM donor_merges m WHERE m.merged_donor_id = g.donor_id)
                UNION ALL
                SELECT g.id, g.sequence, m.survivor_id, g.campaign_id, g.pledge_id, g.amount, g.currency, g.received_on, g.ambassador_id
                FROM donor_merges m
                JOIN ledger_entries g ON g.donor_id = m.merged_donor_id
                WHERE g.kind = 'gift'
                  AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A view's column cannot be dropped by CREATE OR REPLACE: the view is made again as it was.
            migrationBuilder.Sql(
                """
                DROP VIEW standing_gifts;
                CREATE VIEW standing_gifts AS
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

            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_ambassador_id",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "ambassador_id",
                table: "ledger_entries");
        }
    }
}
