using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Outreach.Migrations
{
    /// <inheritdoc />
    public partial class StaffRecipients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every row queued so far is a donor's: the default says so, and donor messages are written as before.
            migrationBuilder.AddColumn<string>(
                name: "recipient_kind",
                table: "outreach_messages",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "donor");

            migrationBuilder.AddColumn<string>(
                name: "staff_email",
                table: "outreach_messages",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_outreach_messages_recipient",
                table: "outreach_messages",
                sql: "recipient_kind = 'donor' AND staff_email IS NULL OR recipient_kind = 'staff' AND staff_email IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_outreach_messages_recipient",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "recipient_kind",
                table: "outreach_messages");

            migrationBuilder.DropColumn(
                name: "staff_email",
                table: "outreach_messages");
        }
    }
}
