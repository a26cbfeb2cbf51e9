using GiveBack.Reports.Csv;
using GiveBack.Reports.Lapsed;
using GiveBack.Web.Csv;

namespace GiveBack.Reports.Tests;

public sealed class CsvTableTests
{
    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled()
    {
        var csv = new CsvTable("name", "note", "amount")
            .Add("Quotes, \"Q\"", "line\nbreak", CsvTable.Number(-1200))
            .Add("plain", "", "0")
            .ToString();

        Assert.Equal("name,note,amount\r\n\"Quotes, \"\"Q\"\"\",\"line\nbreak\",-1200\r\nplain,,0\r\n", csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("+Smith", "'+Smith")]
    [InlineData("-Smith", "'-Smith")]
    [InlineData("@sum", "'@sum")]
    [InlineData("\tSmith", "'\tSmith")]
    [InlineData("\rSmith", "\"'\rSmith\"")]
    [InlineData("Ada", "Ada")]
    public void A_name_that_a_spreadsheet_would_run_is_written_as_text_in_the_report(string name, string expected)
    {
        var donor = new LapsedDonor(Guid.NewGuid(), name, "Lovelace", "ada@example.org", 1990, new DateOnly(2024, 3, 1), 5_000, 5_000, 1);
        var page = new LapsedDonors(LapseKind.Lybunt, 2026, new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30), "USD", 1, 0, null, [donor]);

        var csv = ReportCsv.Of(page).ToString();

        Assert.StartsWith($"{donor.DonorId},{expected},Lovelace,", csv.Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_number_keeps_its_sign() =>
        Assert.Equal("a\r\n-1200\r\n", new CsvTable("a").Add(CsvTable.Number(-1200)).ToString());

    [Fact]
    public void A_row_of_the_wrong_width_is_refused() =>
        Assert.Throws<ArgumentException>(() => new CsvTable("a", "b").Add("only one"));

    [Fact]
    public void Numbers_and_dates_are_culture_invariant()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            Assert.Equal(("0.4321", "2025-06-30"), (CsvTable.Number(0.4321m), CsvTable.Date(new DateOnly(2025, 6, 30))));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
