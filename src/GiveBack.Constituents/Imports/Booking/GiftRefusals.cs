using GiveBack.Giving.Gifts;

namespace GiveBack.Constituents.Imports.Booking;

/// <summary>Why the gift path refused an imported gift, in words a person fixing the file understands; null when it was booked.</summary>
public static class GiftRefusals
{
    public static string? Explain(GiftStatus status) => status switch
    {
        GiftStatus.Created or GiftStatus.Replayed => null,
        GiftStatus.KeyReused => "This row was imported before with other values; fix it in GiveBack rather than in the file.",
        GiftStatus.CurrencyMismatch => "The gift's currency is not the campaign's.",
        GiftStatus.CampaignClosed => "The campaign closed before the gift's date.",
        GiftStatus.UnknownDonor => "The donor was not found.",
        GiftStatus.UnknownCampaign => "The campaign was not found.",
        GiftStatus.PledgeNotFound => "The pledge it pays is not in GiveBack: import the pledges first (pledges.csv, before gifts.csv).",
        GiftStatus.PledgeMismatch => "The pledge it pays is another donor's, campaign's or currency's.",
        GiftStatus.PledgeOverpaid => "The gift is more than what is left to pay on its pledge.",
        GiftStatus.PledgeClosed => "The pledge it pays is closed (fulfilled, written off or cancelled).",
        _ => $"The gift was refused ({status}).",
    };
}
