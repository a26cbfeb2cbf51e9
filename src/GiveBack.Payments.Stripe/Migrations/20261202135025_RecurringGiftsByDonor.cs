using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Payments.Stripe.Migrations
{
    /// <inheritdoc />
    public partial class RecurringGiftsByDonor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_recurring_gifts_donor_id",
                table: "recurring_gifts",
                column: "donor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_recurring_gifts_donor_id",
                table: "recurring_gifts");
        }
    }
}
