using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Engagement.Migrations
{
    /// <inheritdoc />
    public partial class TalentCity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "city",
                table: "engagement_talents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "city",
                table: "engagement_talents");
        }
    }
}
