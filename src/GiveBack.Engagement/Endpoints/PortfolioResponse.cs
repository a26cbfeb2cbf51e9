using GiveBack.Engagement.Moves;

namespace GiveBack.Engagement.Endpoints;

/// <summary>An officer's prospects, soonest due first; a next step is overdue when its date is before today (UTC).</summary>
public sealed record PortfolioResponse(
    string OfficerId, DateOnly AsOf, int Prospects, int Overdue, IReadOnlyList<PortfolioStage> Stages, IReadOnlyList<PortfolioProspect> Items)
{
    public static PortfolioResponse From(string officerId, IReadOnlyList<PortfolioEntry> entries, DateOnly today)
    {
        var items = entries.Select(e => new PortfolioProspect(
            e.DonorId, e.FirstName, e.LastName, e.ClassYear, e.Stage, e.NextStep, e.DueOn, e.DueOn < today, e.UpdatedAt)).ToList();
        return new PortfolioResponse(
            officerId,
            today,
            items.Count,
            items.Count(i => i.Overdue),
            [.. Enum.GetValues<MoveStage>().Select(s => new PortfolioStage(s, items.Count(i => i.Stage == s)))],
            items);
    }
}
