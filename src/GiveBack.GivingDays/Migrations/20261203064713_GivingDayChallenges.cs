using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.GivingDays.Migrations
{
    /// <inheritdoc />
    public partial class GivingDayChallenges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "first_gift_of_day",
                table: "campaign_matches",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "campaign_challenges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sponsor_donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    threshold = table.Column<long>(type: "bigint", nullable: false),
                    unlock_amount = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    class_years = table.Column<int[]>(type: "integer[]", nullable: false),
                    funds = table.Column<string[]>(type: "text[]", nullable: false),
                    new_donors_only = table.Column<bool>(type: "boolean", nullable: false),
                    first_gift_of_day = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    donor_count = table.Column<int>(type: "integer", nullable: false),
                    counted_amount = table.Column<long>(type: "bigint", nullable: false),
                    unlocked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    unlocked_by_gift_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unlocked_by_donor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unlock_gift_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_challenges", x => x.id);
                    table.CheckConstraint("ck_campaign_challenges_figures", "donor_count >= 0 AND counted_amount >= 0");
                    table.CheckConstraint("ck_campaign_challenges_kind", "kind IN ('donors', 'amount', 'participation', 'nthDonor')");
                    table.CheckConstraint("ck_campaign_challenges_unlock", "(unlocked_at IS NULL) = (unlocked_by_gift_id IS NULL) AND (unlocked_at IS NOT NULL OR unlock_gift_id IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "challenge_donors",
                columns: table => new
                {
                    challenge_id = table.Column<Guid>(type: "uuid", nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    standing_gifts = table.Column<int>(type: "integer", nullable: false),
                    first_counted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_challenge_donors", x => new { x.challenge_id, x.donor_id });
                    table.CheckConstraint("ck_challenge_donors_standing", "standing_gifts >= 0");
                    table.ForeignKey(
                        name: "fk_challenge_donors_campaign_challenges_challenge_id",
                        column: x => x.challenge_id,
                        principalTable: "campaign_challenges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "challenge_gifts",
                columns: table => new
                {
                    challenge_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gift_id = table.Column<Guid>(type: "uuid", nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    counted = table.Column<bool>(type: "boolean", nullable: false),
                    seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_challenge_gifts", x => new { x.challenge_id, x.gift_id });
                    table.CheckConstraint("ck_challenge_gifts_amount", "amount >= 0 AND (counted OR (amount = 0 AND returned_at IS NOT NULL))");
                    table.ForeignKey(
                        name: "fk_challenge_gifts_campaign_challenges_challenge_id",
                        column: x => x.challenge_id,
                        principalTable: "campaign_challenges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_challenges_campaign_id",
                table: "campaign_challenges",
                column: "campaign_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "challenge_donors");

            migrationBuilder.DropTable(
                name: "challenge_gifts");

            migrationBuilder.DropTable(
                name: "campaign_challenges");

            migrationBuilder.DropColumn(
                name: "first_gift_of_day",
                table: "campaign_matches");
        }
    }
}
