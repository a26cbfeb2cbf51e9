using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Scheduling.Migrations
{
    /// <inheritdoc />
    public partial class JobRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // `job_runs` was the ledger context's until the scheduler's SchedulingDbContext took it (the ledger's
            // HandTablesToTheirModules drops it from that model, not from the database). A database the ledger's
            // migrations made already has it, and keeps its rows: only what is missing is created, so a fresh database
            // and an upgraded one end up the same.
            migrationBuilder.Sql(
                """
                CREATE TABLE IF NOT EXISTS job_runs (
                    id bigint GENERATED ALWAYS AS IDENTITY,
                    job character varying(200) NOT NULL,
                    fire_instance_id character varying(200) NOT NULL,
                    instance character varying(200) NOT NULL,
                    started_at timestamp with time zone NOT NULL,
                    finished_at timestamp with time zone NOT NULL,
                    outcome character varying(32) NOT NULL,
                    detail text,
                    CONSTRAINT pk_job_runs PRIMARY KEY (id)
                );
                CREATE INDEX IF NOT EXISTS ix_job_runs_job_started_at ON job_runs (job, started_at);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The table predates this context: rolling this back hands it back to nobody's model, it drops nothing.
        }
    }
}
