using GiveBack.Giving.Campaigns;
using GiveBack.Web.Csv;
using static GiveBack.Web.Csv.CsvTable;

namespace GiveBack.Giving.Endpoints.Campaigns;

/// <summary>A campaign's gifts as a CSV table (snake_case columns, amounts in minor units like the API's JSON).</summary>
public static class CampaignGiftsCsv
{
    public static CsvTable Of(IReadOnlyList<CampaignGift> gifts)
    {
        ArgumentNullException.ThrowIfNull(gifts);
        var table = new CsvTable("gift_id", "kind", "received_on", "donor_id", "donor_name", "donor_email", "class_year",
            "amount", "currency", "method", "fund", "anonymous", "pledge_id", "reverses_gift_id", "reversed_by");
        foreach (var (gift, name, email) in gifts)
        {
            table.Add(Id(gift.Id), gift.Kind, Date(gift.ReceivedOn), Id(gift.DonorId), Text(name), Text(email),
                Number(gift.ClassYear), Number(gift.Amount), gift.Currency, gift.Method, Text(gift.Fund),
                gift.Anonymous ? "true" : "false", Id(gift.PledgeId), Id(gift.ReversesGiftId), Id(gift.ReversedBy));
        }

        return table;
    }
}
