namespace GiveBack.Pledges.Rules;

/// <summary>Part of a pledge's balance held for a payment being booked, until it is settled or expires.</summary>
public readonly record struct PledgeHold(long Amount, DateTimeOffset Until);
