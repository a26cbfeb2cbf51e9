using System.Text.Json.Serialization;
using GiveBack.Domain.Giving;

namespace GiveBack.Giving.Gifts;

/// <summary>A gift as a staff member records it, validated for shape but not yet against donor and campaign.</summary>
/// <remarks>
/// <see cref="AmbassadorId"/> is left out of the request hash when absent, so the hash of every gift recorded before
/// ambassadors existed is unchanged and a late retry of one is still recognised.
/// </remarks>
public sealed record GiftCommand(
    Guid DonorId,
    Guid CampaignId,
    long Amount,
    string Currency,
    DateOnly ReceivedOn,
    GiftMethod Method,
    string? Fund,
    TributeType? TributeType,
    string? TributeName,
    bool Anonymous,
    Guid? PledgeId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? AmbassadorId = null);
