using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class LedgerRecordedAtBrin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_recorded_at",
                table: "ledger_entries",
                column: "recorded_at")
                .Annotation("Npgsql:IndexMethod", "brin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_recorded_at",
                table: "ledger_entries");
        }
    }
}
