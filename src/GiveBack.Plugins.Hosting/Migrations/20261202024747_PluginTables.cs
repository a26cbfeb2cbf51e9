using GiveBack.Plugins.Hosting.Storage;
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
            migrationBuilder.Sql(PluginScriptDdl.Tables);

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
