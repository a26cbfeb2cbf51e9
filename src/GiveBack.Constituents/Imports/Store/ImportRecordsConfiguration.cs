using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Constituents.Imports.Store;

internal sealed class ImportRecordsConfiguration :
    IEntityTypeConfiguration<ImportRunRecord>, IEntityTypeConfiguration<ImportFileRecord>,
    IEntityTypeConfiguration<ImportRowErrorRecord>, IEntityTypeConfiguration<ImportedRowRecord>
{
    public void Configure(EntityTypeBuilder<ImportRunRecord> run)
    {
        run.ToTable("import_runs");
        run.HasKey(r => r.Id);
        run.Property(r => r.Id).ValueGeneratedNever();
        run.Property(r => r.FileName).HasMaxLength(255);
        run.Property(r => r.Mapping).HasMaxLength(64);
        run.Property(r => r.DateLocale).HasMaxLength(32);
        run.Property(r => r.Status).HasMaxLength(16);
        run.Property(r => r.Failure).HasMaxLength(2000);
        run.Property(r => r.CreatedBy).HasMaxLength(254);
        // The workers' claim looks for queued runs, and for running ones whose lease lapsed.
        run.HasIndex(r => new { r.Status, r.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<ImportFileRecord> file)
    {
        file.ToTable("import_files");
        file.HasKey(f => f.ImportId);
        file.HasOne<ImportRunRecord>().WithOne().HasForeignKey<ImportFileRecord>(f => f.ImportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ImportRowErrorRecord> error)
    {
        error.ToTable("import_row_errors");
        error.HasKey(e => e.Id);
        error.Property(e => e.Id).UseIdentityAlwaysColumn();
        error.Property(e => e.Column).HasMaxLength(200);
        error.Property(e => e.Value).HasMaxLength(500);
        error.Property(e => e.Message).HasMaxLength(500);
        error.HasIndex(e => new { e.ImportId, e.Row });
        error.HasOne<ImportRunRecord>().WithMany().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ImportedRowRecord> row)
    {
        row.ToTable("imported_rows");
        row.HasKey(r => r.RowKey);
        row.Property(r => r.RowKey).HasMaxLength(300);
    }
}
