using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Ledger.Migrations
{
    /// <inheritdoc />
    public partial class OutreachDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "body",
                table: "outreach_messages");

            migrationBuilder.AlterColumn<string>(
                name: "subject",
                table: "outreach_messages",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "outreach_messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "channel",
                table: "outreach_messages",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "outreach_messages",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "outreach_messages",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "leased_until",
                table: "outreach_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "message_id",
                table: "outreach_messages",
                type: "uuid",
                nullable: false,
                defaultValueSql: "gen_random_uuid()");

            migrationBuilder.AddColumn<string>(
                name: "message_kind",
                table: "outreach_messages",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_attempt_at",
                table: "outreach_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sent_at",
                table: "outreach_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "outreach_messages",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "queued");

            migrationBuilder.AddColumn<string>(
                name: "transport_id",
                table: "outreach_messages",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "outreach_messages",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "values",
                table: "outreach_messages",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{}'::jsonb");

            // Rows queued before delivery existed were never sent: they stay queued, with the contract's kind and the
            // typed values rebuilt from what they refer to, so they are worded like new ones. A row whose values cannot
            // be rebuilt is set aside as dead (staff can read it and resend it) rather than sent with blanks.
            migrationBuilder.Sql("""
                UPDATE outreach_messages SET
                    message_kind = CASE kind
                        WHEN 'pledge-reminder' THEN 'Reminder'
                        WHEN 'pledge-follow-up' THEN 'FollowUp'
                        WHEN 'lybunt-appeal' THEN 'Appeal'
                        WHEN 'recurring-gift-follow-up' THEN 'PaymentFailed'
                        WHEN 'thank-you' THEN 'ThankYou'
                        ELSE 'Reminder' END,
                    next_attempt_at = now(),
                    updated_at = created_at;

                UPDATE outreach_messages m SET "values" = jsonb_build_object(
                    'installment', jsonb_build_object('type', 'text', 'text', i.number::text),
                    'amount', jsonb_build_object('type', 'money', 'minor', i.amount - i.paid_amount, 'currency', trim(p.currency)),
                    'due_date', jsonb_build_object('type', 'date', 'date', to_char(i.due_on, 'YYYY-MM-DD')),
                    'campaign', jsonb_build_object('type', 'text', 'text', c.name))
                FROM pledge_installments i
                JOIN pledges p ON p.id = i.pledge_id
                JOIN campaigns c ON c.id = p.campaign_id
                WHERE m.kind IN ('pledge-reminder', 'pledge-follow-up') AND m.reference = i.pledge_id::text || ':' || i.number::text;

                UPDATE outreach_messages SET "values" = jsonb_build_object(
                    'fiscal_year', jsonb_build_object('type', 'text', 'text', substring(reference FROM '^FY([0-9]+):')))
                WHERE kind = 'lybunt-appeal' AND reference ~ '^FY[0-9]+:';

                DO $$
                BEGIN
                    IF to_regclass('recurring_gifts') IS NOT NULL THEN
                        UPDATE outreach_messages m SET "values" = jsonb_build_object(
                            'amount', jsonb_build_object('type', 'money', 'minor', r.amount, 'currency', trim(r.currency)))
                        FROM recurring_gifts r
                        WHERE m.kind = 'recurring-gift-follow-up' AND split_part(m.reference, ':', 1) = r.id::text;
                    END IF;
                END $$;

                UPDATE outreach_messages SET status = 'dead', next_attempt_at = NULL,
                    last_error = 'queued before GiveBack delivered messages, and its values could not be rebuilt'
                WHERE "values" = '{}'::jsonb;

                ALTER TABLE outreach_messages ALTER COLUMN message_kind DROP DEFAULT, ALTER COLUMN updated_at DROP DEFAULT;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_outreach_messages_due",
                table: "outreach_messages",
                column: "next_attempt_at",
                filter: "status IN ('queued', 'failed')");

            migrationBuilder.CreateIndex(
                name: "ix_outreach_messages_status_id",
                table: "outreach_messages",
                columns: new[] { "status", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outreach_messages_due",
                table: "outreach_messages");

            migrationBuilder.DropIndex(
                name: "ix_outreach_messages_status_id",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "channel",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "language",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "last_error",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "leased_until",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "message_id",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "message_kind",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "sent_at",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "status",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "transport_id",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "values",
                table: "outreach_messages");

            migrationBuilder.AlterColumn<string>(
                name: "subject",
                table: "outreach_messages",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "body",
                table: "outreach_messages",
                type: "text",
                nullable: false,
                defaultValue: "");
        }
    }
}
