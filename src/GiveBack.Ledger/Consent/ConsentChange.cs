namespace GiveBack.Ledger.Consent;

/// <summary>An answer to record: the channel, the purpose, and whether the donor agrees.</summary>
public sealed record ConsentChange(string Channel, string Purpose, bool Granted);
