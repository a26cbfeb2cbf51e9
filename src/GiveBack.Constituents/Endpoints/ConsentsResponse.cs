using GiveBack.Ledger.Consent;

namespace GiveBack.Constituents.Endpoints;

/// <summary>A donor's consent now, channel by purpose, and every answer recorded (oldest first).</summary>
public sealed record ConsentsResponse(Guid DonorId, IReadOnlyList<ConsentStatus> Current, IReadOnlyList<ConsentHistoryEntry> History);
