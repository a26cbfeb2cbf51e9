using GiveBack.Reports.Lapsed;
using GiveBack.Reports.Participation;
using GiveBack.Reports.Retention;
using GiveBack.Reports.Rfm;
using GiveBack.Web.Csv;
using static GiveBack.Web.Csv.CsvTable;

namespace GiveBack.Reports.Csv;

/// <summary>Each report as a CSV table and the file name it is downloaded under. Column names are snake_case.</summary>
public static class ReportCsv
{
    public static CsvTable Of(RetentionFigures r) =>
        new CsvTable("fiscal_year", "start", "end", "currency", "prior_year_donors", "donors", "retained", "retention_rate",
                "lapsed", "new", "recaptured", "upgraded", "downgraded", "same", "prior_year_amount", "amount")
            .Add(Number(r.FiscalYear), Date(r.Start), Date(r.End), r.Currency, Number(r.PriorYearDonors), Number(r.Donors),
                Number(r.Retained), Number(r.RetentionRate), Number(r.Lapsed), Number(r.New), Number(r.Recaptured),
                Number(r.Upgraded), Number(r.Downgraded), Number(r.Same), Number(r.PriorYearAmount), Number(r.Amount));

    public static CsvTable Of(LapsedDonors page)
    {
        var table = new CsvTable("donor_id", "first_name", "last_name", "email", "class_year", "last_gift_on",
            "last_gift_amount", "lifetime_amount", "lifetime_gifts", "currency");
        foreach (var d in page.Items)
        {
            table.Add(Id(d.DonorId), Text(d.FirstName), Text(d.LastName), Text(d.Email), Number(d.ClassYear),
                Date(d.LastGiftOn), Number(d.LastGiftAmount), Number(d.LifetimeAmount), Number(d.LifetimeGifts), page.Currency);
        }

        return table;
    }

    /// <summary>One row per class year, then a row for all alumni (class_year "all").</summary>
    public static CsvTable Of(ParticipationFigures p)
    {
        var table = new CsvTable("fiscal_year", "campaign_id", "class_year", "alumni_of_record", "alumni_donors", "participation_rate");
        foreach (var c in p.ByClassYear)
        {
            table.Add(Number(p.FiscalYear), Id(p.CampaignId), Number(c.ClassYear), Number(c.AlumniOfRecord),
                Number(c.AlumniDonors), Number(c.ParticipationRate));
        }

        return table.Add(Number(p.FiscalYear), Id(p.CampaignId), "all", Number(p.AlumniOfRecord), Number(p.AlumniDonors),
            Number(p.ParticipationRate));
    }

    public static CsvTable Of(RfmFigures rfm)
    {
        var table = new CsvTable("donor_id", "first_name", "last_name", "email", "class_year", "last_gift_on", "gifts",
            "amount", "currency", "recency", "frequency", "monetary", "segment");
        foreach (var d in rfm.Items)
        {
            table.Add(Id(d.DonorId), Text(d.FirstName), Text(d.LastName), Text(d.Email), Number(d.ClassYear),
                Date(d.LastGiftOn), Number(d.Gifts), Number(d.Amount), rfm.Currency, Number(d.Recency),
                Number(d.Frequency), Number(d.Monetary), d.Segment);
        }

        return table;
    }

    public static string FileName(string report, int? fiscalYear, string currency) =>
        fiscalYear is { } y ? $"giveback-{report}-fy{y}-{currency.ToLowerInvariant()}.csv" : $"giveback-{report}-{currency.ToLowerInvariant()}.csv";
}
