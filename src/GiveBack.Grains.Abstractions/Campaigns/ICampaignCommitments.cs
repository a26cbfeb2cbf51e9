using GiveBack.Domain.Campaigns;

namespace GiveBack.Grains.Abstractions.Campaigns;

/// <summary>
/// What has been promised to a campaign, for the campaign grain's "committed" figure. Pledges own the commitments and
/// implement it; giving reads through it and never touches the pledges' tables.
/// </summary>
public interface ICampaignCommitments
{
    /// <summary>Every commitment of the campaign in the order it was recorded.</summary>
    Task<IReadOnlyList<CommitmentFact>> OfCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default);
}
