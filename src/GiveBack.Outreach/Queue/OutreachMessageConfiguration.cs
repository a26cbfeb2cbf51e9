using GiveBack.Ledger.Outreach;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Outreach.Queue;

internal sealed class OutreachMessageConfiguration : IEntityTypeConfiguration<OutreachMessageRecord>
{
    public void Configure(EntityTypeBuilder<OutreachMessageRecord> message)
    {
        // A row goes to a donor (by id) or to a member of staff (by address), never both nor neither.
        message.ToTable("outreach_messages", t => t.HasCheckConstraint(
            "ck_outreach_messages_recipient",
            "recipient_kind = 'donor' AND staff_email IS NULL OR recipient_kind = 'staff' AND staff_email IS NOT NULL"));
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).UseIdentityAlwaysColumn();
        message.Property(m => m.Kind).HasMaxLength(32);
        message.Property(m => m.Reference).HasMaxLength(200);
        message.Property(m => m.MessageKind).HasMaxLength(32);
        // Every row before staff messages existed, and every producer's row since, is a donor's: the default says so.
        message.Property(m => m.RecipientKind).HasMaxLength(16).HasDefaultValue(OutreachRecipients.Donor);
        message.Property(m => m.StaffEmail).HasMaxLength(256);
        message.Property(m => m.Language).HasMaxLength(8);
        message.Property(m => m.Values).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        message.Property(m => m.Status).HasMaxLength(16).HasDefaultValue(OutreachStatuses.Queued);
        message.Property(m => m.LastError).HasMaxLength(2000);
        message.Property(m => m.Channel).HasMaxLength(64);
        message.Property(m => m.TransportId).HasMaxLength(500);
        message.Property(m => m.MessageId).HasDefaultValueSql("gen_random_uuid()");
        message.Property(m => m.Subject).HasMaxLength(300);
        message.HasIndex(m => new { m.Kind, m.Reference }).IsUnique();
        message.HasIndex(m => m.DonorId);
        message.HasIndex(m => new { m.Status, m.Id });
        // What every dispatcher polls: only unsettled rows are in it, so an idle server's poll reads an empty index.
        message.HasIndex(m => m.NextAttemptAt)
            .HasDatabaseName("ix_outreach_messages_due")
            .HasFilter("status IN ('queued', 'failed')");
    }
}
