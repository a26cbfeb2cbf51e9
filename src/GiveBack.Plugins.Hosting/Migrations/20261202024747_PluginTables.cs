using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Plugins.Hosting.Migrations
{
    /// <inheritdoc />
    public partial class PluginTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // These tables were first made by a versioned script (schema_scripts id 'plugins/tables'), so a database
            // upgraded from then has them with their rows: create only what is missing, with the script's own DDL.
            migrationBuilder.Sql("""
                CREATE TABLE IF NOT EXISTS plugin_settings (
                    plugin_id text PRIMARY KEY,
                    enabled boolean NOT NULL DEFAULT true,
                    updated_at timestamptz NOT NULL,
                    last_success_at timestamptz NULL,
                    last_failure_at timestamptz NULL,
                    last_error text NULL,
                    consecutive_failures integer NOT NULL DEFAULT 0);

                CREATE TABLE IF NOT EXISTS plugin_cursors (
                    plugin_id text PRIMARY KEY,
                    last_outbox_id bigint NOT NULL DEFAULT 0,
                    pull_cursor text NULL,
                    pulled_at timestamptz NULL);

                CREATE TABLE IF NOT EXISTS plugin_deliveries (
                    plugin_id text NOT NULL,
                    outbox_id bigint NOT NULL,
                    donor_id uuid NULL,
                    status text NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
                    attempts integer NOT NULL,
                    next_attempt_at timestamptz NOT NULL,
                    last_error text NULL,
                    delivered_at timestamptz NULL,
                    PRIMARY KEY (plugin_id, outbox_id));

                CREATE INDEX IF NOT EXISTS plugin_deliveries_pending
                    ON plugin_deliveries (plugin_id, donor_id, outbox_id) WHERE status = 'pending';

                CREATE INDEX IF NOT EXISTS plugin_deliveries_delivered
                    ON plugin_deliveries (delivered_at) WHERE status = 'delivered';

                CREATE INDEX IF NOT EXISTS plugin_deliveries_outbox ON plugin_deliveries (outbox_id);

                CREATE TABLE IF NOT EXISTS plugin_dead_letters (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    plugin_id text NOT NULL,
                    outbox_id bigint NOT NULL,
                    event_type text NOT NULL,
                    donor_id uuid NULL,
                    attempts integer NOT NULL,
                    last_error text NULL,
                    failed_at timestamptz NOT NULL,
                    replayed_at timestamptz NULL);

                CREATE INDEX IF NOT EXISTS plugin_dead_letters_open ON plugin_dead_letters (plugin_id) WHERE replayed_at IS NULL;

                CREATE INDEX IF NOT EXISTS plugin_dead_letters_outbox ON plugin_dead_letters (outbox_id) WHERE replayed_at IS NULL;

                CREATE TABLE IF NOT EXISTS plugin_external_ids (
                    plugin_id text NOT NULL,
                    external_id text NOT NULL,
                    donor_id uuid NULL,
                    email text NULL,
                    first_name text NULL,
                    last_name text NULL,
                    modified_at timestamptz NULL,
                    pulled_at timestamptz NOT NULL,
                    PRIMARY KEY (plugin_id, external_id));
                """);

            // EF's history owns them from here on: the script's record goes, as on a database never run by the script.
            // The migrator makes schema_scripts; a context migrated on its own (tests, tools) may not have it.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF to_regclass('schema_scripts') IS NOT NULL THEN
                        DELETE FROM schema_scripts WHERE id = 'plugins/tables';
                    END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plugin_cursors");

            migrationBuilder.DropTable(
                name: "plugin_dead_letters");

            migrationBuilder.DropTable(
                name: "plugin_deliveries");

            migrationBuilder.DropTable(
                name: "plugin_external_ids");

            migrationBuilder.DropTable(
                name: "plugin_settings");
        }
    }
}
