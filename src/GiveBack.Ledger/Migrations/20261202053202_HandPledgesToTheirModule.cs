using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class HandPledgesToTheirModule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // pledge_commitments, pledges and pledge_installments leave this context's model for the pledges module's
            // PledgesDbContext, whose first migration takes the tables as they are. Nothing is dropped, renamed or
            // copied: the rows stay where they are.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The tables never left the database; the pledges module's context keeps them.
        }
    }
}
