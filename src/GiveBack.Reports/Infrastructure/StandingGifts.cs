namespace GiveBack.Reports.Infrastructure;

/// <summary>
/// The one definition every report shares: a gift counts ("stands") unless a reversal row points at it, and a reversal
/// row never counts as a gift. Only gifts in the report's currency count.
/// The rollup tables apply the same rule in SQL (the functions <c>reports_recompute_donor</c> and
/// <c>reports_rebuild_rollups</c>, created by the reports' migrations): a change of the rule is a new migration that
/// replaces both functions and rebuilds the rollups, together with a change here.
/// </summary>
internal static class StandingGifts
{
    /// <summary>Conditions on a ledger row aliased <c>g</c>; expects the parameter <c>@currency</c>.</summary>
    public const string Where = """
        g.kind = 'gift' AND g.currency = @currency
        AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id)
        """;
}
