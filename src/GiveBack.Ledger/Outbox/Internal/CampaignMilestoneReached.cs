namespace GiveBack.Ledger.Outbox.Internal;

/// <summary>
/// A campaign opened (its start date arrived) or closed (its end date passed). Internal: it concerns no donor, so it
/// is not part of the plugin contract and the host delivers it to no plugin; it stays in the outbox as the record of
/// when the calendar acted.
/// </summary>
public sealed record CampaignMilestoneReached(Guid CampaignId, string Name, string Milestone);
