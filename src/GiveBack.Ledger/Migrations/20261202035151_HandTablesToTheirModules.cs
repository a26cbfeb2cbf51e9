using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class HandTablesToTheirModules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // api_keys, job_runs and outreach_messages leave this context's model for their owners' contexts (the host's
            // ApiKeysDbContext, SchedulingDbContext, OutreachDbContext), whose first migrations take the tables as they
            // are. Nothing is dropped, renamed or copied: the rows stay where they are.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The tables never left the database; their owners' contexts keep them.
        }
    }
}
