namespace GiveBack.GivingDays.Ambassadors;

/// <summary>
/// A donor who brings their own circle to a giving day through a link of their own. One per donor and campaign; the
/// <see cref="Token"/> is the link's only secret (128 random bits), so the link needs no login and cannot be guessed.
/// </summary>
public sealed class AmbassadorRecord
{
    public Guid Id { get; init; }

    public Guid CampaignId { get; init; }

    public Guid DonorId { get; init; }

    /// <summary>The link's token, base64url without padding (22 characters).</summary>
    public required string Token { get; init; }

    /// <summary>The ambassador's own goal, in minor units of <see cref="Currency"/>; null when they set none.</summary>
    public long? GoalAmount { get; init; }

    /// <summary>The campaign's currency, in which the goal and the figures are counted.</summary>
    public required string Currency { get; init; }

    /// <summary>A short story shown on the ambassador's page.</summary>
    public string? Story { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
