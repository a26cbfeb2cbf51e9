namespace GiveBack.Constituents.Imports.Store;

/// <summary>
/// One import: what was uploaded, how to read it and how far it got. <see cref="ProcessedRows"/> is the checkpoint a
/// resumed run starts after; <see cref="LeaseUntil"/> says until when a worker holds it (a worker that died lets it lapse).
/// </summary>
public sealed class ImportRunRecord
{
    public Guid Id { get; set; }

    public required string FileName { get; set; }

    public required string Mapping { get; set; }

    /// <summary>The locale of the file's dates and amounts, when the upload named one (else the mapping's).</summary>
    public string? DateLocale { get; set; }

    public bool DryRun { get; set; }

    public required string Status { get; set; }

    public int? TotalRows { get; set; }

    public int ProcessedRows { get; set; }

    public int ImportedRows { get; set; }

    public int SkippedRows { get; set; }

    public string? Failure { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
}
