using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class OldIdempotencyKeysCheckedOnInsert : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Keys stored before ScopedIdempotencyKeys did not record which API key sent them: they sit in the system
            // scope, which a client's lookup also searches. The scoped unique index cannot stop a client's new row from
            // reusing such an old key in its own scope, and the gift path no longer looks every key up before the insert
            // (that cost a third of its throughput), so a trigger checks inside the insert (one index probe, no extra
            // round trip) and answers as the unique index would: the gift path treats it as any replay. Only a ledger
            // that already holds system-scope keys gets the trigger; a new ledger has no old keys and pays nothing.
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
                    IF EXISTS (SELECT 1 FROM ledger_entries
                               WHERE idempotency_scope = '00000000-0000-0000-0000-000000000000'
                                 AND idempotency_key IS NOT NULL) THEN
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
            migrationBuilder.Sql(
                "DROP TRIGGER IF EXISTS ledger_entries_old_keys ON ledger_entries; DROP FUNCTION IF EXISTS ledger_entries_refuse_old_key();");
        }
    }
}
