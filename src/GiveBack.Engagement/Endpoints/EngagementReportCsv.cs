using System.Globalization;
using System.Text;
using GiveBack.Engagement.Reporting;
using GiveBack.Plugins.Abstractions.Csv;

namespace GiveBack.Engagement.Endpoints;

/// <summary>
/// The engagement report as one RFC 4180 table: a row per stage, per dimension and per ambassador, told apart by
/// <c>section</c>, written by the product's one CSV writer (names made safe to open in a spreadsheet).
/// </summary>
public static class EngagementReportCsv
{
    public static string Write(EngagementReport report)
    {
        var csv = new StringBuilder();
        Row(csv, "section", "key", "donors", "activities", "score", "first_name", "last_name", "class_year", "since", "reasons");
        foreach (var stage in report.Stages)
        {
            Row(csv, "stage", stage.Stage, Number(stage.Donors), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        foreach (var dimension in report.Dimensions)
        {
            Row(csv, "dimension", dimension.Dimension, Number(dimension.Donors), Number(dimension.Activities), Score(dimension.Score),
                string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        foreach (var a in report.Ambassadors)
        {
            Row(csv, "ambassador", a.DonorId.ToString(), "1", string.Empty, Score(a.Score), a.FirstName, a.LastName,
                a.ClassYear is { } year ? Number(year) : string.Empty, a.Since.ToString("O", CultureInfo.InvariantCulture), string.Join(" ", a.Reasons));
        }

        return csv.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Score(double value) => Math.Round(value, 4).ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, params string[] fields) => CsvWriter.AppendRow(csv, fields);
}
