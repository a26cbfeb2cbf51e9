using Orleans.Concurrency;
using GiveBack.Domain.Campaigns;
using GiveBack.Domain.Giving;

namespace GiveBack.Grains.Abstractions.Campaigns;

/// <summary>One campaign: owns its definition (persisted) and keeps its progress live from applied ledger facts.</summary>
[Alias("giveback.ICampaignGrain")]
public interface ICampaignGrain : IGrainWithGuidKey
{
    [Alias("Get"), ReadOnly]
    Task<CampaignView?> GetAsync();

    /// <summary>
    /// The definition alone, null when there is no such campaign: what the gift path checks, without the progress.
    /// Read-only, so the checks of a hot campaign's concurrent gifts run side by side rather than one turn each.
    /// </summary>
    [Alias("GetDefinition"), ReadOnly]
    Task<CampaignDefinition?> GetDefinitionAsync();

    [Alias("Create")]
    Task<CampaignCreation> CreateAsync(CampaignDefinition definition);

    /// <summary>
    /// Changes the definition (name, slug, goal, dates; the currency is fixed once gifts can exist). Null when the
    /// campaign does not exist; <see cref="CreateOutcome.SlugTaken"/> when another campaign uses the slug.
    /// </summary>
    [Alias("Update")]
    Task<CampaignCreation?> UpdateAsync(CampaignDefinition definition);

    /// <summary>Applies committed ledger facts; a fact applied before is skipped.</summary>
    [Alias("Apply")]
    Task ApplyAsync(LedgerFact fact);

    /// <summary>
    /// Applies the facts of many gifts in one turn (<see cref="ApplyAsync"/> for each): what the gift path sends a
    /// hot campaign, whose gifts arrive faster than one turn each could take them.
    /// </summary>
    [Alias("ApplyMany")]
    Task ApplyManyAsync(IReadOnlyList<LedgerFact> facts);

    /// <summary>Applies a pledge made, written off or cancelled; it moves committed, never received.</summary>
    [Alias("ApplyCommitment")]
    Task ApplyCommitmentAsync(CommitmentFact commitment);

    [Alias("Rebuild")]
    Task<CampaignView?> RebuildAsync();
}
