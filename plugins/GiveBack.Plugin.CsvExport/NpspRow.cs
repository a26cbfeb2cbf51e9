using System.Globalization;
using GiveBack.Plugins.Abstractions.Events;

namespace GiveBack.Plugin.CsvExport;

/// <summary>Turns an event into one NPSP data-import row (column name → value).</summary>
internal static class NpspRow
{
    public static Dictionary<string, string> For(EventDelivery delivery, DonorChanged? contact)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GiveBack_Donor_Id"] = delivery.Event.DonorId.ToString(),
            ["GiveBack_Event"] = delivery.EventType,
            ["GiveBack_Delivery_Id"] = delivery.DeliveryId.ToString(CultureInfo.InvariantCulture),
        };
        if (contact is not null)
        {
            row["Contact1_First_Name"] = contact.FirstName;
            row["Contact1_Last_Name"] = contact.LastName;
            row["Contact1_Personal_Email"] = contact.Email ?? "";
            row["Contact1_Home_Phone"] = contact.Phone ?? "";
        }

        switch (delivery.Event)
        {
            case GiftRecorded gift:
                Donation(row, gift.GiftId, gift.AmountMinor, gift.Currency, gift.ReceivedAt, "Closed Won", gift.CampaignName);
                break;
            case GiftReversed reversal:
                Donation(row, reversal.GiftId, -reversal.AmountMinor, reversal.Currency, reversal.ReversedAt, "Refunded", null);
                break;
            case PledgeChanged pledge:
                Donation(row, pledge.PledgeId, pledge.TotalMinor, pledge.Currency, pledge.ChangedAt, PledgeStage(pledge.Status), null);
                break;
        }

        return row;
    }

    private static void Donation(
        Dictionary<string, string> row, Guid id, long amountMinor, string currency, DateTimeOffset at, string stage, string? campaign)
    {
        row["GiveBack_Record_Id"] = id.ToString();
        row["Donation_Amount"] = Money.Format(amountMinor, currency);
        row["Donation_Currency"] = currency.ToUpperInvariant();
        row["Donation_Date"] = at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        row["Donation_Stage"] = stage;
        row["Donation_Record_Type_Name"] = "Donation";
        row["Donation_Name"] = $"{row.GetValueOrDefault("Contact1_Last_Name", "Donor")} {row["Donation_Amount"]} {row["Donation_Date"]}";
        if (campaign is not null)
        {
            row["Campaign_Name"] = campaign;
        }
    }

    private static string PledgeStage(string status) => status switch
    {
        "fulfilled" => "Closed Won",
        "written-off" or "cancelled" => "Closed Lost",
        _ => "Pledged",
    };
}
