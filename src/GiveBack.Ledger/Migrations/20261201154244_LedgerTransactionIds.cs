using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class LedgerTransactionIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_campaign_id_sequence",
                table: "ledger_entries");

            // Rows already there get 0 — "written before any snapshot", which every snapshot sees, as it should: they
            // are all committed. A constant default is a catalogue change only: no rewrite of the ledger, and no
            // UPDATE for the append-only trigger to refuse. New rows then take the writing transaction's id.
            migrationBuilder.AddColumn<long>(
                name: "transaction_id",
                table: "ledger_entries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
            migrationBuilder.Sql("ALTER TABLE ledger_entries ALTER COLUMN transaction_id SET DEFAULT pg_current_xact_id()::text::bigint;");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_campaign_id_transaction_id",
                table: "ledger_entries",
                columns: new[] { "campaign_id", "transaction_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_campaign_id_transaction_id",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "transaction_id",
                table: "ledger_entries");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_campaign_id_sequence",
                table: "ledger_entries",
                columns: new[] { "campaign_id", "sequence" });
        }
    }
}
