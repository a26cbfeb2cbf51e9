namespace GiveBack.Domain.Consent;

/// <summary>A donor's latest answer for one channel and purpose: granted, or withdrawn (or never given).</summary>
public sealed record ConsentAnswer(string Channel, string Purpose, bool Granted);
