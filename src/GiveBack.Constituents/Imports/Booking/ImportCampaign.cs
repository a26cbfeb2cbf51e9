using GiveBack.Grains.Abstractions.Campaigns;

namespace GiveBack.Constituents.Imports.Booking;

/// <summary>A campaign an import books to, with the definition the gift path will check (currency, window).</summary>
public sealed record ImportCampaign(Guid Id, CampaignDefinition Definition);
