using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Constituents.Migrations
{
    /// <inheritdoc />
    public partial class Relationships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "donor_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    related_donor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    since = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donor_links", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    salutation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_households", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "matching_gifts",
                columns: table => new
                {
                    matching_gift_id = table.Column<Guid>(type: "uuid", nullable: false),
                    matched_gift_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matching_gifts", x => x.matching_gift_id);
                });

            migrationBuilder.CreateTable(
                name: "soft_credits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    gift_id = table.Column<Guid>(type: "uuid", nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_soft_credits", x => x.id);
                    table.CheckConstraint("ck_soft_credits_amount_positive", "amount > 0");
                });

            migrationBuilder.CreateTable(
                name: "household_members",
                columns: table => new
                {
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_members", x => x.donor_id);
                    table.ForeignKey(
                        name: "fk_household_members_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_donor_links_donor_id",
                table: "donor_links",
                column: "donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_donor_links_related_donor_id",
                table: "donor_links",
                column: "related_donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_household_members_household_id",
                table: "household_members",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "ix_households_name",
                table: "households",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_matching_gifts_matched_gift_id",
                table: "matching_gifts",
                column: "matched_gift_id");

            migrationBuilder.CreateIndex(
                name: "ix_soft_credits_donor_id",
                table: "soft_credits",
                column: "donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_soft_credits_gift_id_donor_id",
                table: "soft_credits",
                columns: new[] { "gift_id", "donor_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "donor_links");

            migrationBuilder.DropTable(
                name: "household_members");

            migrationBuilder.DropTable(
                name: "matching_gifts");

            migrationBuilder.DropTable(
                name: "soft_credits");

            migrationBuilder.DropTable(
                name: "households");
        }
    }
}
