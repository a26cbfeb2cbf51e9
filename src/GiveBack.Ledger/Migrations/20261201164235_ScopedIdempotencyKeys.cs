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
            // The new unique index cannot stop a client's new row from reusing an old key in another scope, so on a
            // ledger that already holds rows a trigger does, inside the insert (one index probe, no extra round trip),
            // answering as the unique index would, so the gift path treats it as any replay. A new ledger has no old
            // keys and pays nothing.
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

            migrationBuilder.Sql(
                """
                CREATE FUNCTION ledger_entries_refuse_old_key() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM ledger_entries
                               WHERE idempotency_scope = '00000000-0000-0000-0000-000000000000'
                                 AND idempotency_key = NEW.idempotency_key) THEN
                        RAISE unique_violation USING
                            CONSTRAINT = 'ix_ledger_entries_idempotency_scope_idempotency_key',
                            MESSAGE = format('idempotency key %s was used before keys were scoped', NEW.idempotency_key);
                    END IF;
                    RETURN NEW;
                END $$;
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM ledger_entries WHERE idempotency_key IS NOT NULL) THEN
                        CREATE TRIGGER ledger_entries_old_keys BEFORE INSERT ON ledger_entries FOR EACH ROW
                            WHEN (NEW.idempotency_scope <> '00000000-0000-0000-0000-000000000000')
                            EXECUTE FUNCTION ledger_entries_refuse_old_key();
                    END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ledger_entries_old_keys ON ledger_entries; DROP FUNCTION IF EXISTS ledger_entries_refuse_old_key();");

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
