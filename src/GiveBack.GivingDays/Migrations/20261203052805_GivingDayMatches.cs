using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.GivingDays.Migrations
{
    /// <inheritdoc />
    public partial class GivingDayMatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaign_matches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sponsor_donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ratio = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    per = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    cap_amount = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    matched_amount = table.Column<long>(type: "bigint", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    class_years = table.Column<int[]>(type: "integer[]", nullable: false),
                    funds = table.Column<string[]>(type: "text[]", nullable: false),
                    new_donors_only = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_matches", x => x.id);
                    table.CheckConstraint("ck_campaign_matches_cap", "matched_amount >= 0 AND matched_amount <= cap_amount");
                    table.CheckConstraint("ck_campaign_matches_per", "per IN ('amount', 'donor')");
                });

            migrationBuilder.CreateTable(
                name: "match_allocations",
                columns: table => new
                {
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gift_id = table.Column<Guid>(type: "uuid", nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    wanted_amount = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    matching_gift_id = table.Column<Guid>(type: "uuid", nullable: true),
                    allocated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_allocations", x => new { x.match_id, x.gift_id });
                    table.CheckConstraint("ck_match_allocations_amount", "amount > 0 AND amount <= wanted_amount");
                    table.ForeignKey(
                        name: "fk_match_allocations_campaign_matches_match_id",
                        column: x => x.match_id,
                        principalTable: "campaign_matches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_matches_campaign_id",
                table: "campaign_matches",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_match_allocations_match_id_donor_id",
                table: "match_allocations",
                columns: new[] { "match_id", "donor_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "match_allocations");

            migrationBuilder.DropTable(
                name: "campaign_matches");
        }
    }
}
