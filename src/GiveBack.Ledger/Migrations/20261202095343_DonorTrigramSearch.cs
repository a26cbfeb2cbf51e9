using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <summary>
    /// The donor search as one types (the workspace's donors page, the batch form's look-up, the API's list) at a
    /// million donors: trigram indexes on exactly the expressions <c>DonorDirectory.SearchAsync</c> filters with
    /// (<c>ILIKE '%…%'</c> over the full name and the e-mail), and one for a class year in the list's order. pg_trgm
    /// ships with PostgreSQL and is a trusted extension: the database's owner may create it. Figures in
    /// docs/benchmarks.md ("Donor search as you type").
    /// </summary>
    public partial class DonorTrigramSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX IF NOT EXISTS ix_donors_name_trgm ON donors USING gin (((first_name || ' ') || last_name) gin_trgm_ops);
                CREATE INDEX IF NOT EXISTS ix_donors_email_trgm ON donors USING gin ((COALESCE(email, '')) gin_trgm_ops);
                CREATE INDEX IF NOT EXISTS ix_donors_class_year_name ON donors (class_year, last_name, first_name, id) WHERE class_year IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP INDEX IF EXISTS ix_donors_class_year_name;
                DROP INDEX IF EXISTS ix_donors_email_trgm;
                DROP INDEX IF EXISTS ix_donors_name_trgm;
                """);
        }
    }
}
