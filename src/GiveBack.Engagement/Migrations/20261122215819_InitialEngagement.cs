using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GiveBack.Engagement.Migrations
{
    /// <inheritdoc />
    public partial class InitialEngagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "engagement_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_move_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    officer_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    next_step = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_move_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_moves",
                columns: table => new
                {
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    officer_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    next_step = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_moves", x => x.donor_id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_segments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    class_year = table.Column<int>(type: "integer", nullable: true),
                    lybunt_fiscal_year = table.Column<int>(type: "integer", nullable: true),
                    ambassador = table.Column<bool>(type: "boolean", nullable: true),
                    tag = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_segments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_stage_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    to_stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_stage_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_standings",
                columns: table => new
                {
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ambassador = table.Column<bool>(type: "boolean", nullable: false),
                    ambassador_reasons = table.Column<string[]>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_standings", x => x.donor_id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_talents",
                columns: table => new
                {
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    industry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    skills = table.Column<string[]>(type: "text[]", nullable: false),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_talents", x => x.donor_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_activities_donor_id_occurred_at",
                table: "engagement_activities",
                columns: new[] { "donor_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_activities_type_donor_id",
                table: "engagement_activities",
                columns: new[] { "type", "donor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_move_changes_donor_id_id",
                table: "engagement_move_changes",
                columns: new[] { "donor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_moves_officer_id_due_on",
                table: "engagement_moves",
                columns: new[] { "officer_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_segments_created_at",
                table: "engagement_segments",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_stage_changes_donor_id_id",
                table: "engagement_stage_changes",
                columns: new[] { "donor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_engagement_standings_stage",
                table: "engagement_standings",
                column: "stage");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_talents_skills",
                table: "engagement_talents",
                column: "skills")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_talents_tags",
                table: "engagement_talents",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engagement_activities");

            migrationBuilder.DropTable(
                name: "engagement_move_changes");

            migrationBuilder.DropTable(
                name: "engagement_moves");

            migrationBuilder.DropTable(
                name: "engagement_segments");

            migrationBuilder.DropTable(
                name: "engagement_stage_changes");

            migrationBuilder.DropTable(
                name: "engagement_standings");

            migrationBuilder.DropTable(
                name: "engagement_talents");
        }
    }
}
