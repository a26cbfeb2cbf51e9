namespace GiveBack.Payments;

/// <summary>
/// A stored processor event without its payload (which holds donors' details): what it is, where it stands, how many
/// attempts it took and what the last one said.
/// </summary>
public sealed record PaymentEventView(
    string Id,
    string Type,
    string Status,
    int Attempts,
    string? Outcome,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? ProcessedAt,
    DateTimeOffset? ParkedAt,
    bool Livemode);
