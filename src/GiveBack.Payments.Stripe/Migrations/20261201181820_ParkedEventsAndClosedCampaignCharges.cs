using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Payments.Stripe.Migrations
{
    /// <inheritdoc />
    public partial class ParkedEventsAndClosedCampaignCharges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_stripe_events_next_attempt_at",
                table: "stripe_events");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "parked_at",
                table: "stripe_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "campaign_id",
                table: "recurring_gift_charges",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "needs_attention",
                table: "recurring_gift_charges",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Events the old processor gave up on (12 attempts, then hidden for a year) were never booked: park them so
            // staff see and replay them.
            migrationBuilder.Sql(
                "UPDATE stripe_events SET parked_at = now(), next_attempt_at = now() " +
                "WHERE processed_at IS NULL AND outcome LIKE 'gave up after attempt%';");

            // Paid charges recorded before routing existed were all booked to their monthly gift's campaign.
            migrationBuilder.Sql(
                "UPDATE recurring_gift_charges AS c SET campaign_id = g.campaign_id FROM recurring_gifts AS g " +
                "WHERE c.recurring_gift_id = g.id AND c.outcome = 'paid' AND c.campaign_id IS NULL;");

            migrationBuilder.CreateIndex(
                name: "ix_stripe_events_next_attempt_at",
                table: "stripe_events",
                column: "next_attempt_at",
                filter: "processed_at IS NULL AND parked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_stripe_events_parked_at",
                table: "stripe_events",
                column: "parked_at",
                filter: "parked_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_stripe_events_next_attempt_at",
                table: "stripe_events");

            migrationBuilder.DropIndex(
                name: "ix_stripe_events_parked_at",
                table: "stripe_events");

            migrationBuilder.DropColumn(
                name: "parked_at",
                table: "stripe_events");

            migrationBuilder.DropColumn(
                name: "campaign_id",
                table: "recurring_gift_charges");

            migrationBuilder.DropColumn(
                name: "needs_attention",
                table: "recurring_gift_charges");

            migrationBuilder.CreateIndex(
                name: "ix_stripe_events_next_attempt_at",
                table: "stripe_events",
                column: "next_attempt_at",
                filter: "processed_at IS NULL");
        }
    }
}
