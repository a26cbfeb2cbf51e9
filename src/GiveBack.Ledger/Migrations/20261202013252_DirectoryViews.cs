using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // What other modules' SQL may read of giving's donors and campaigns: the columns a report or a segment
            // shows, never the tables themselves. Giving owns the tables and can reshape them behind these views; the
            // views are expanded into each query, so they cost what the join on the table cost.
            migrationBuilder.Sql(
                """
                CREATE VIEW donor_directory AS
                SELECT d.id, d.first_name, d.last_name, d.email, d.class_year
                FROM donors d;

                CREATE VIEW campaign_directory AS
                SELECT c.id, c.name
                FROM campaigns c;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW campaign_directory; DROP VIEW donor_directory;");
        }
    }
}
