using System.Globalization;
using System.Text;
using GiveBack.Engagement.Reporting;

namespace GiveBack.Api.Engagement;

/// <summary>
/// The engagement report as one RFC 4180 table: a row per stage, per dimension and per ambassador, told apart by
/// <c>section</c>. Names are made safe to open in a spreadsheet (no leading = + - @).
/// </summary>
internal static class EngagementReportCsv
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
            Row(csv, "ambassador", a.DonorId.ToString(), "1", string.Empty, Score(a.Score), Safe(a.FirstName), Safe(a.LastName),
                a.ClassYear is { } year ? Number(year) : string.Empty, a.Since.ToString("O", CultureInfo.InvariantCulture), string.Join(" ", a.Reasons));
        }

        return csv.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Score(double value) => Math.Round(value, 4).ToString(CultureInfo.InvariantCulture);

    private static string Safe(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static void Row(StringBuilder csv, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var field = fields[i];
            csv.Append(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field);
        }

        csv.Append("\r\n");
    }
}
