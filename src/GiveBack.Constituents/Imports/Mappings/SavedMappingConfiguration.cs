using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GiveBack.Constituents.Imports.Mappings;

internal sealed class SavedMappingConfiguration : IEntityTypeConfiguration<SavedMappingRecord>
{
    public void Configure(EntityTypeBuilder<SavedMappingRecord> mapping)
    {
        mapping.ToTable("import_mappings");
        // Names are kept as typed and found ignoring case (SavedMappings lowers them into the key).
        mapping.HasKey(m => m.Name);
        mapping.Property(m => m.Name).HasMaxLength(SavedMappings.MaxNameLength);
        mapping.Property(m => m.Columns).HasColumnType("jsonb");
        mapping.Property(m => m.DateLocale).HasMaxLength(32);
        mapping.Property(m => m.UpdatedBy).HasMaxLength(254);
    }
}
