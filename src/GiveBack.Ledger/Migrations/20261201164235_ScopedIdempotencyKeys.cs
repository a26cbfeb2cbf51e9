using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class ScopedIdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_idempotency_key",
                table: "ledger_entries");

            // Existing rows did not record which API key sent their key, so every one of them maps to the system scope,
            // which a client's lookup also searches: an old key keeps answering its retries, from any client, as it did.
            // A constant default is a catalogue change only (no rewrite, nothing for the append-only trigger to refuse).
            migrationBuilder.AddColumn<Guid>(
                name: "idempotency_scope",
                table: "ledger_entries",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_idempotency_scope_idempotency_key",
                table: "ledger_entries",
                columns: new[] { "idempotency_scope", "idempotency_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_idempotency_scope_idempotency_key",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "idempotency_scope",
                table: "ledger_entries");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_idempotency_key",
                table: "ledger_entries",
                column: "idempotency_key",
                unique: true);
        }
    }
}
