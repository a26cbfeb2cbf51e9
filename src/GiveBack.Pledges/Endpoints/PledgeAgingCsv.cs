using GiveBack.Web.Csv;
using static GiveBack.Web.Csv.CsvTable;

namespace GiveBack.Pledges.Endpoints;

/// <summary>Pledge aging as a CSV table (one row per currency and bucket) and the file name it downloads under.</summary>
public static class PledgeAgingCsv
{
    public static CsvTable Of(PledgeAgingResponse aging)
    {
        ArgumentNullException.ThrowIfNull(aging);
        var table = new CsvTable("as_of", "currency", "bucket", "outstanding_amount", "installment_count", "pledge_count");
        foreach (var b in aging.Buckets)
        {
            table.Add(Date(aging.AsOf), b.Currency, b.Bucket, Number(b.OutstandingAmount), Number(b.InstallmentCount), Number(b.PledgeCount));
        }

        return table;
    }

    public static string FileName(DateOnly asOf) => $"giveback-pledge-aging-{Date(asOf)}.csv";
}
