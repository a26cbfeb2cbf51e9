using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.GivingDays.Migrations
{
    /// <inheritdoc />
    public partial class GivingDaysLiveView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "giving_day_gifts",
                columns: table => new
                {
                    gift_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fund = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    sponsor = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_giving_day_gifts", x => x.gift_id);
                });

            migrationBuilder.CreateTable(
                name: "giving_days",
                columns: table => new
                {
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    headline = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    screen_token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_giving_days", x => x.campaign_id);
                    table.CheckConstraint("ck_giving_days_window", "ends_at > starts_at");
                });

            migrationBuilder.CreateIndex(
                name: "ix_giving_day_gifts_campaign_id_recorded_at",
                table: "giving_day_gifts",
                columns: new[] { "campaign_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_giving_days_slug",
                table: "giving_days",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "giving_day_gifts");

            migrationBuilder.DropTable(
                name: "giving_days");
        }
    }
}
