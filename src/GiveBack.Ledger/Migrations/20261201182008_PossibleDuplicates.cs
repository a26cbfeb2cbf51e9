using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class PossibleDuplicates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "possible_duplicates",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    duplicate_donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, defaultValue: "open"),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_possible_duplicates", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_possible_duplicates_donor_id_duplicate_donor_id",
                table: "possible_duplicates",
                columns: new[] { "donor_id", "duplicate_donor_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_possible_duplicates_duplicate_donor_id",
                table: "possible_duplicates",
                column: "duplicate_donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_possible_duplicates_status_id",
                table: "possible_duplicates",
                columns: new[] { "status", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "possible_duplicates");
        }
    }
}
