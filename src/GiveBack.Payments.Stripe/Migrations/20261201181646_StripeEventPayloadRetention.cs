using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Payments.Stripe.Migrations
{
    /// <inheritdoc />
    public partial class StripeEventPayloadRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "payload",
                table: "stripe_events",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.CreateIndex(
                name: "ix_stripe_events_processed_at",
                table: "stripe_events",
                column: "processed_at",
                filter: "processed_at IS NOT NULL AND payload IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_stripe_events_processed_at",
                table: "stripe_events");

            migrationBuilder.AlterColumn<string>(
                name: "payload",
                table: "stripe_events",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }
    }
}
