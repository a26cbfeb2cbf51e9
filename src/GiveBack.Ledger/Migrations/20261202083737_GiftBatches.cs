using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class GiftBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "gift_batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    deposit_on = table.Column<DateOnly>(type: "date", nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    control_count = table.Column<int>(type: "integer", nullable: false),
                    control_total = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    posted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    posted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gift_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gift_batch_lines",
                columns: table => new
                {
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    fund = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    gift_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gift_batch_lines", x => new { x.batch_id, x.line_no });
                    table.ForeignKey(
                        name: "fk_gift_batch_lines_gift_batches_batch_id",
                        column: x => x.batch_id,
                        principalTable: "gift_batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_gift_batch_lines_donor_id",
                table: "gift_batch_lines",
                column: "donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_gift_batches_deposit_on_created_at",
                table: "gift_batches",
                columns: new[] { "deposit_on", "created_at" });

            // A posted batch is a bank deposit on record: whatever the caller, neither it nor a line booked into the
            // ledger changes again, and no line joins a batch that is no longer open.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION gift_batches_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.status = 'posted' THEN
                        RAISE EXCEPTION 'gift batch % is posted and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                END $$;
                CREATE TRIGGER gift_batches_posted_immutable BEFORE UPDATE OR DELETE ON gift_batches
                    FOR EACH ROW EXECUTE FUNCTION gift_batches_refuse_change();

                CREATE FUNCTION gift_batch_lines_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        IF (SELECT status FROM gift_batches WHERE id = NEW.batch_id) IS DISTINCT FROM 'open' THEN
                            RAISE EXCEPTION 'gift batch % is not open', NEW.batch_id USING ERRCODE = 'integrity_constraint_violation';
                        END IF;
                        RETURN NEW;
                    END IF;
                    IF OLD.gift_id IS NOT NULL THEN
                        RAISE EXCEPTION 'line % of gift batch % is booked and cannot change', OLD.line_no, OLD.batch_id USING ERRCODE = 'integrity_constraint_violation';
                    END IF;
                    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                END $$;
                CREATE TRIGGER gift_batch_lines_guarded BEFORE INSERT OR UPDATE OR DELETE ON gift_batch_lines
                    FOR EACH ROW EXECUTE FUNCTION gift_batch_lines_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TRIGGER IF EXISTS gift_batch_lines_guarded ON gift_batch_lines;
                DROP FUNCTION IF EXISTS gift_batch_lines_refuse_change();
                DROP TRIGGER IF EXISTS gift_batches_posted_immutable ON gift_batches;
                DROP FUNCTION IF EXISTS gift_batches_refuse_change();
                """);

            migrationBuilder.DropTable(
                name: "gift_batch_lines");

            migrationBuilder.DropTable(
                name: "gift_batches");
        }
    }
}
