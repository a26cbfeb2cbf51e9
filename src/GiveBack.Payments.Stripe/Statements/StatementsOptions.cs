namespace GiveBack.Payments.Stripe.Statements;

/// <summary>When statements are sent without anyone asking (<c>Statements</c> section).</summary>
public sealed class StatementsOptions
{
    public const string SectionName = "Statements";

    /// <summary>
    /// When the year-end run for the calendar year just ended is started (Quartz cron, in <c>Scheduling:TimeZone</c>):
    /// by default 15 January at 06:00, once the year's last gifts are keyed in. Empty: no year-end run (staff start runs
    /// themselves).
    /// </summary>
    public string? YearEndCron { get; set; } = "0 0 6 15 1 ?";

    /// <summary>
    /// How often the statement job looks for runs to do besides being woken when one is asked for: it picks up a run
    /// asked on a host without a scheduler, or one a host died in the middle of. Zero turns the look off.
    /// </summary>
    public TimeSpan RunInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many donors a run takes at a time between checkpoints.</summary>
    public int PageSize { get; set; } = 500;
}
