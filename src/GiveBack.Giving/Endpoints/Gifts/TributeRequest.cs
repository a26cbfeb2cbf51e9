using GiveBack.Domain.Giving;

namespace GiveBack.Giving.Endpoints.Gifts;

/// <summary>In honour (<c>honor</c>) of a living person or in memory (<c>memory</c>) of one who has died.</summary>
public sealed record TributeRequest(TributeType? Type, string? Name);
