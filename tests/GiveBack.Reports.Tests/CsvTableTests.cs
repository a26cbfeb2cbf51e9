using GiveBack.Reports.Csv;

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
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("@sum", "'@sum")]
    [InlineData("-2", "'-2")]
    [InlineData("Ada", "Ada")]
    [InlineData(null, "")]
    public void Free_text_that_a_spreadsheet_would_run_is_neutralized(string? text, string expected) =>
        Assert.Equal(expected, CsvTable.Text(text));

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
