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
            [NpspColumns.DonorId] = delivery.Event.DonorId.ToString(),
            [NpspColumns.EventType] = delivery.EventType,
            [NpspColumns.DeliveryId] = delivery.DeliveryId.ToString(CultureInfo.InvariantCulture),
        };
        if (contact is not null)
        {
            row[NpspColumns.FirstName] = contact.FirstName;
            row[NpspColumns.LastName] = contact.LastName;
            row[NpspColumns.Email] = contact.Email ?? "";
            row[NpspColumns.HomePhone] = contact.Phone ?? "";
        }

        switch (delivery.Event)
        {
            case GiftRecorded gift:
                Donation(row, gift.GiftId, gift.AmountMinor, gift.Currency, gift.ReceivedAt, "Closed Won", gift.CampaignName);
                row[NpspColumns.PaymentMethod] = PaymentMethod(gift.Method);
                row[NpspColumns.Fund] = gift.Fund ?? "";
                row[NpspColumns.Description] = Description(gift);
                break;
            case GiftReversed reversal:
                Donation(row, reversal.GiftId, -reversal.AmountMinor, reversal.Currency, reversal.ReversedAt, "Refunded", null);
                row[NpspColumns.Description] = $"Reversed: {reversal.Reason}";
                break;
            case PledgeChanged pledge:
                Donation(row, pledge.PledgeId, pledge.TotalMinor, pledge.Currency, pledge.ChangedAt, PledgeStage(pledge.Status), pledge.CampaignName);
                break;
        }

        return row;
    }

    private static void Donation(
        Dictionary<string, string> row, Guid id, long amountMinor, string currency, DateTimeOffset at, string stage, string? campaign)
    {
        row[NpspColumns.Donor] = "Contact1";
        row[NpspColumns.RecordId] = id.ToString();
        row[NpspColumns.Amount] = Money.Format(amountMinor, currency);
        row[NpspColumns.Currency] = currency.ToUpperInvariant();
        row[NpspColumns.Date] = at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        row[NpspColumns.Stage] = stage;
        row[NpspColumns.RecordType] = "Donation";
        row[NpspColumns.Name] = $"{row.GetValueOrDefault(NpspColumns.LastName, "Donor")} {row[NpspColumns.Amount]} {row[NpspColumns.Date]}";
        if (campaign is not null)
        {
            row[NpspColumns.CampaignName] = campaign;
        }
    }

    private static string Description(GiftRecorded gift)
    {
        var parts = new List<string> { gift.Source == "stripe" ? "Online gift (Stripe)" : "Offline gift" };
        if (gift.Recurring)
        {
            parts.Add("monthly");
        }

        if (gift.FeeMinor is { } fee && gift.NetMinor is { } net)
        {
            parts.Add($"fee {Money.Format(fee, gift.Currency)}, net {Money.Format(net, gift.Currency)}");
        }

        return string.Join("; ", parts);
    }

    /// <summary>GiveBack's methods as the values of NPSP's Payment Method picklist.</summary>
    private static string PaymentMethod(string method) => method switch
    {
        "cheque" => "Check",
        "cash" => "Cash",
        "card" or "online" => "Credit Card",
        "wire" => "Wire",
        "stock" => "Stock",
        _ => "Other",
    };

    private static string PledgeStage(string status) => status switch
    {
        "fulfilled" => "Closed Won",
        "written-off" or "cancelled" => "Closed Lost",
        _ => "Pledged",
    };
}
