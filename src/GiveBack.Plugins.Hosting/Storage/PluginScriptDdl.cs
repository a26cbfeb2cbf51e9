namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// The DDL the versioned script <c>plugins/tables</c> applied before <see cref="PluginsDbContext"/> took the tables,
/// verbatim: the state databases upgrade from. The first migration (<c>PluginTables</c>) runs it (it only creates what is
/// missing) and the upgrade test builds an old database from it. Never edit it: a landed migration runs it.
/// </summary>
internal static class PluginScriptDdl
{
    public const string Tables = """
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
        """;
}
