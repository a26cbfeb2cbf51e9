using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class DonorMatchingBlocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An import matches each chunk's new donors by blocks (DonorDirectory.BlockCandidatesAsync): the same last
            // name and first initial, or the same first name, class year and last initial, ignoring case. Expression
            // indexes make each block one probe.
            migrationBuilder.Sql("""
                CREATE INDEX IF NOT EXISTS ix_donors_block_last_name ON donors (lower(last_name), left(lower(first_name), 1));
                CREATE INDEX IF NOT EXISTS ix_donors_block_first_name_year ON donors (lower(first_name), class_year, left(lower(last_name), 1))
                  WHERE class_year IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_donors_block_first_name_year;
                DROP INDEX IF EXISTS ix_donors_block_last_name;
                """);
        }
    }
}
