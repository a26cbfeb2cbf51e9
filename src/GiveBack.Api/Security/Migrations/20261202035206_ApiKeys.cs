using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Api.Security.Migrations
{
    /// <inheritdoc />
    public partial class ApiKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // `api_keys` was the ledger context's until the host's ApiKeysDbContext took it (the ledger's
            // HandTablesToTheirModules drops it from that model, not from the database). A database the ledger's
            // migrations made already has it, and keeps its rows: only what is missing is created, so a fresh database
            // and an upgraded one end up the same.
            migrationBuilder.Sql(
                """
                CREATE TABLE IF NOT EXISTS api_keys (
                    id uuid NOT NULL,
                    name character varying(100) NOT NULL,
                    role character varying(32) NOT NULL,
                    key_hash character varying(64) NOT NULL,
                    created_at timestamp with time zone NOT NULL,
                    revoked_at timestamp with time zone,
                    CONSTRAINT pk_api_keys PRIMARY KEY (id),
                    CONSTRAINT ck_api_keys_role CHECK (role IN ('admin', 'gift-officer', 'viewer'))
                );
                CREATE UNIQUE INDEX IF NOT EXISTS ix_api_keys_key_hash ON api_keys (key_hash);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The table predates this context: rolling this back hands it back to nobody's model, it drops nothing.
        }
    }
}
