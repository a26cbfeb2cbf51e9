using System.ComponentModel.DataAnnotations;

namespace GiveBack.Data.Retention;

/// <summary>
/// How long GiveBack keeps copies of personal data it no longer needs ("Retention" section). The ledger, receipts,
/// donors and the audit of what happened are never pruned: only the raw copies that served a delivery.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days a processed Stripe event keeps its raw payload (names, e-mail, address); its row stays.</summary>
    [Range(1, 36500)]
    public int StripeEventPayloadDays { get; set; } = 90;

    /// <summary>Days an outbox event every plugin has taken is kept after it occurred.</summary>
    [Range(1, 36500)]
    public int DeliveredOutboxDays { get; set; } = 30;

    /// <summary>Days a plugin's record of a delivered event is kept after the delivery.</summary>
    [Range(1, 36500)]
    public int PluginDeliveryDays { get; set; } = 30;

    /// <summary>Rows pruned per statement, so pruning never holds long locks or bloats one transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>When the retention job runs (Quartz cron, in the scheduler's time zone).</summary>
    [Required]
    public string Cron { get; set; } = "0 30 3 * * ?";
}
