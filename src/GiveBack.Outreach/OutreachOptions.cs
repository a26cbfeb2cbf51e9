using System.ComponentModel.DataAnnotations;

namespace GiveBack.Outreach;

/// <summary>The outreach dispatcher's settings, section <c>Outreach</c>.</summary>
public sealed class OutreachOptions
{
    public const string SectionName = "Outreach";

    /// <summary>Send queued messages from this host. Every host may: each message is claimed by one at a time.</summary>
    public bool DispatchEnabled { get; set; } = true;

    /// <summary>How often an idle dispatcher looks for due messages (one indexed query).</summary>
    [Range(typeof(TimeSpan), "00:00:00.020", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The most messages one poll claims.</summary>
    [Range(1, 1_000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>Failed sends before a message is dead (only a resend tries it again).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait before the first retry; it doubles after each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between two retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "7.00:00:00")]
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a claimed message is reserved for its host: longer than a send can take, short enough that a crashed host's messages are soon picked up by another.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Who messages are signed by, and the e-mail sender's name unless the Email plugin sets its own.</summary>
    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string Institution { get; set; } = "The development office";
}
