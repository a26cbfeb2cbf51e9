using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class StandingGiftsView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "A gift stands unless reversed", written once: a gift row (never a reversal row) that no reversal row
            // points at. Every SQL reader of standing gifts reads this view (the reports' queries and rollups, and
            // through the rollups the lapsed-donor function, segments and the appeal job). The view is expanded into
            // each query, so it costs what the condition written inline cost. It names its columns rather than g.*,
            // so a later migration may still drop a ledger column no reader needs.
            migrationBuilder.Sql(
                """
                CREATE VIEW standing_gifts AS
                SELECT g.id, g.sequence, g.donor_id, g.campaign_id, g.pledge_id, g.amount, g.currency, g.received_on
                FROM ledger_entries g
                WHERE g.kind = 'gift'
                  AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW standing_gifts;");
        }
    }
}
