using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Payments.Stripe.Migrations
{
    /// <inheritdoc />
    public partial class InitialPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "receipt_counters",
                columns: table => new
                {
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    last_sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipt_counters", x => x.fiscal_year);
                });

            migrationBuilder.CreateTable(
                name: "receipts",
                columns: table => new
                {
                    gift_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    thanked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipts", x => x.gift_id);
                });

            migrationBuilder.CreateTable(
                name: "recurring_gift_charges",
                columns: table => new
                {
                    invoice_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recurring_gift_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    gift_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    message = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recurring_gift_charges", x => new { x.invoice_id, x.outcome });
                });

            migrationBuilder.CreateTable(
                name: "recurring_gifts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    customer_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    cancel_at_period_end = table.Column<bool>(type: "boolean", nullable: false),
                    next_charge_on = table.Column<DateOnly>(type: "date", nullable: true),
                    fund = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    tribute_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    tribute_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    class_year = table.Column<int>(type: "integer", nullable: true),
                    locale = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    canceled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recurring_gifts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stripe_customers",
                columns: table => new
                {
                    customer_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stripe_customers", x => x.customer_id);
                });

            migrationBuilder.CreateTable(
                name: "stripe_events",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    api_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    livemode = table.Column<bool>(type: "boolean", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stripe_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stripe_payments",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    payment_intent_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    charge_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    balance_transaction_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    recurring_gift_id = table.Column<Guid>(type: "uuid", nullable: true),
                    gift_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    fee = table.Column<long>(type: "bigint", nullable: true),
                    net = table.Column<long>(type: "bigint", nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    note = table.Column<string>(type: "text", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stripe_payments", x => x.key);
                });

            migrationBuilder.CreateIndex(
                name: "ix_receipts_fiscal_year_sequence",
                table: "receipts",
                columns: new[] { "fiscal_year", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_receipts_number",
                table: "receipts",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recurring_gift_charges_recurring_gift_id",
                table: "recurring_gift_charges",
                column: "recurring_gift_id");

            migrationBuilder.CreateIndex(
                name: "ix_recurring_gifts_status",
                table: "recurring_gifts",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_recurring_gifts_subscription_id",
                table: "recurring_gifts",
                column: "subscription_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stripe_customers_donor_id",
                table: "stripe_customers",
                column: "donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_stripe_events_next_attempt_at",
                table: "stripe_events",
                column: "next_attempt_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_stripe_payments_balance_transaction_id",
                table: "stripe_payments",
                column: "balance_transaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_stripe_payments_charge_id",
                table: "stripe_payments",
                column: "charge_id");

            migrationBuilder.CreateIndex(
                name: "ix_stripe_payments_gift_id",
                table: "stripe_payments",
                column: "gift_id");

            migrationBuilder.CreateIndex(
                name: "ix_stripe_payments_payment_intent_id",
                table: "stripe_payments",
                column: "payment_intent_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "receipt_counters");

            migrationBuilder.DropTable(
                name: "receipts");

            migrationBuilder.DropTable(
                name: "recurring_gift_charges");

            migrationBuilder.DropTable(
                name: "recurring_gifts");

            migrationBuilder.DropTable(
                name: "stripe_customers");

            migrationBuilder.DropTable(
                name: "stripe_events");

            migrationBuilder.DropTable(
                name: "stripe_payments");
        }
    }
}
