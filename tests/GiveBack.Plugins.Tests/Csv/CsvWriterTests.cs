using System.Text;
using GiveBack.Plugins.Abstractions.Csv;

namespace GiveBack.Plugins.Tests.Csv;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+33 1 23 45 67 89", "'+33 1 23 45 67 89")]
    [InlineData("-Smith", "'-Smith")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tSmith", "'\tSmith")]
    [InlineData("\rSmith", "\"'\rSmith\"")]
    [InlineData("-25.00", "-25.00")]
    [InlineData("+5", "+5")]
    [InlineData("Smith, Ada", "\"Smith, Ada\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_field_that_a_spreadsheet_would_run_is_written_as_text_and_a_number_as_a_number(string? value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Fact]
    public void A_row_is_comma_separated_and_ends_with_crlf()
    {
        var csv = new StringBuilder();
        CsvWriter.AppendRow(csv, ["a", null, "=b", "line\nbreak"]);
        Assert.Equal("a,,'=b,\"line\nbreak\"\r\n", csv.ToString());
    }
}
