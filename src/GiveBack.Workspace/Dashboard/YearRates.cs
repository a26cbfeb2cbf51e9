namespace GiveBack.Workspace.Dashboard;

/// <summary>A fiscal year's donor retention and alumni participation, as the reports computed them at <see cref="AsOf"/>.</summary>
public sealed record YearRates(decimal? Retention, decimal? Participation, DateTimeOffset AsOf);
