using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Matches;

/// <summary>What setting up a match did: the match as stored (null when invalid) and the field errors.</summary>
public sealed record MatchEdit(CampaignMatchRecord? Match, MatchOutcome Outcome, FieldErrors Errors);
