namespace GiveBack.Constituents.Imports.Store;

/// <summary>
/// A source row that was booked, by its stable key (the source system's id, or a hash of its identifying columns): a
/// second import of the same row finds it here and books nothing.
/// </summary>
public sealed class ImportedRowRecord
{
    public required string RowKey { get; set; }

    public Guid ImportId { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
