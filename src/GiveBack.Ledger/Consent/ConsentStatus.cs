namespace GiveBack.Ledger.Consent;

/// <summary>
/// A donor's consent now for one channel and purpose: the latest recorded answer with its source, who recorded it and
/// when; or, with no answer, what the profile implies (source <c>profile</c>, no date).
/// </summary>
public sealed record ConsentStatus(string Channel, string Purpose, bool Granted, string Source, string? RecordedBy, DateTimeOffset? RecordedAt);
