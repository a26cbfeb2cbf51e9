using GiveBack.Giving.Endpoints.Gifts;

namespace GiveBack.Giving.Campaigns;

/// <summary>A campaign's gift with the donor's name, for lists and exports that people read.</summary>
public sealed record CampaignGift(GiftResponse Gift, string? DonorName, string? DonorEmail);
