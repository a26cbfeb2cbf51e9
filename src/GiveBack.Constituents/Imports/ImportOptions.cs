using System.ComponentModel.DataAnnotations;

namespace GiveBack.Constituents.Imports;

public sealed class ImportOptions
{
    public const string SectionName = "Imports";

    /// <summary>The currency of a row that names none and whose campaign is new (an existing campaign's currency wins).</summary>
    [Required, RegularExpression("^[A-Z]{3}$")]
    public string DefaultCurrency { get; set; } = "USD";

    /// <summary>The campaign of a gift or pledge whose row names none; created on first use.</summary>
    [Required, MaxLength(200)]
    public string DefaultCampaign { get; set; } = "Imported gifts";

    /// <summary>Rows read, checked and booked together: one query each for their keys and donors, one commit of progress.</summary>
    [Range(1, 50_000)]
    public int ChunkSize { get; set; } = 2_000;

    /// <summary>Rows of a chunk booked at once through the grains.</summary>
    [Range(1, 256)]
    public int Parallelism { get; set; } = 32;

    /// <summary>The largest file accepted, in bytes (stored in the database until the import is deleted).</summary>
    [Range(1, 1_000_000_000)]
    public long MaxFileBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>How often an idle worker looks for a queued import.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a worker holds a run without committing a chunk before another host may resume it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
