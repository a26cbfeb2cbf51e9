using System.Collections.Concurrent;
using GiveBack.Domain.Batching;
using GiveBack.Domain.Giving;
using GiveBack.Grains.Abstractions.Campaigns;

namespace GiveBack.Giving.Campaigns;

/// <summary>
/// Hands committed gifts to their campaign's grain a batch per call: the facts that arrive while the grain is taking
/// one call go together in the next (<see cref="ICampaignGrain.ApplyManyAsync"/>). A giving day's one hot campaign
/// then takes a turn per batch, not per gift, and each caller still returns only once its own fact is counted.
/// </summary>
public sealed class CampaignFactFeed(IGrainFactory grains)
{
    /// <summary>One call at a time per campaign: the grain runs them one turn after another anyway.</summary>
    private const int CallsInFlight = 1;

    private const int MaxFacts = 1_024;

    private readonly ConcurrentDictionary<Guid, GroupCommitter<LedgerFact, bool>> _campaigns = new();

    public Task ApplyAsync(LedgerFact fact) =>
        _campaigns.GetOrAdd(fact.CampaignId, NewFeed).SubmitAsync(fact);

    private GroupCommitter<LedgerFact, bool> NewFeed(Guid campaignId)
    {
        var grain = grains.GetGrain<ICampaignGrain>(campaignId);
        return new GroupCommitter<LedgerFact, bool>(
            async batch =>
            {
                await grain.ApplyManyAsync([.. batch.Select(s => s.Item)]);
                foreach (var submission in batch)
                {
                    submission.Complete(true);
                }
            },
            MaxFacts,
            CallsInFlight);
    }
}
