using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GiveBack.GivingDays.Migrations
{
    /// <inheritdoc />
    public partial class GivingDayAmbassadors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaign_ambassadors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    goal_amount = table.Column<long>(type: "bigint", nullable: true),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    story = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_ambassadors", x => x.id);
                    table.CheckConstraint("ck_campaign_ambassadors_goal", "goal_amount IS NULL OR goal_amount > 0");
                });

            migrationBuilder.CreateTable(
                name: "ambassador_clicks",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    ambassador_id = table.Column<Guid>(type: "uuid", nullable: false),
                    clicked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ambassador_clicks", x => x.id);
                    table.ForeignKey(
                        name: "fk_ambassador_clicks_ambassadors_ambassador_id",
                        column: x => x.ambassador_id,
                        principalTable: "campaign_ambassadors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ambassador_clicks_ambassador_id",
                table: "ambassador_clicks",
                column: "ambassador_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaign_ambassadors_campaign_id_donor_id",
                table: "campaign_ambassadors",
                columns: new[] { "campaign_id", "donor_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaign_ambassadors_token",
                table: "campaign_ambassadors",
                column: "token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ambassador_clicks");

            migrationBuilder.DropTable(
                name: "campaign_ambassadors");
        }
    }
}
