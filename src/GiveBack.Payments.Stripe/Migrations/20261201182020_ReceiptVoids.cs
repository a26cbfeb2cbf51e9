using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Payments.Stripe.Migrations
{
    /// <inheritdoc />
    public partial class ReceiptVoids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "payment_key",
                table: "receipts",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "replaced_by",
                table: "receipts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "replaces",
                table: "receipts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "void_reason",
                table: "receipts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "voided_at",
                table: "receipts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_receipts_payment_key",
                table: "receipts",
                column: "payment_key");

            // Receipts issued before: their payment is the one whose first gift they receipt, so a refund arriving
            // after the upgrade voids and replaces them like any other.
            migrationBuilder.Sql(
                """
                UPDATE receipts r SET payment_key = p.key
                FROM stripe_payments p
                WHERE p.gift_id = r.gift_id AND r.payment_key IS NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_receipts_payment_key",
                table: "receipts");

            migrationBuilder.DropColumn(
                name: "payment_key",
                table: "receipts");

            migrationBuilder.DropColumn(
                name: "replaced_by",
                table: "receipts");

            migrationBuilder.DropColumn(
                name: "replaces",
                table: "receipts");

            migrationBuilder.DropColumn(
                name: "void_reason",
                table: "receipts");

            migrationBuilder.DropColumn(
                name: "voided_at",
                table: "receipts");
        }
    }
}
