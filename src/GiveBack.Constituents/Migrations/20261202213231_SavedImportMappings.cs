using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Constituents.Migrations
{
    /// <inheritdoc />
    public partial class SavedImportMappings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "date_locale",
                table: "import_runs",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "import_mappings",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    columns = table.Column<string>(type: "jsonb", nullable: false),
                    date_locale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    updated_by = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_mappings", x => x.name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "import_mappings");

            migrationBuilder.DropColumn(
                name: "date_locale",
                table: "import_runs");
        }
    }
}
