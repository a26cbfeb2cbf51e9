using GiveBack.Domain.Calendar;
using Npgsql;

namespace GiveBack.Reports.Tests.Support;

/// <summary>
/// The two rollup tables as rows, read from the database or computed in C# from the gifts a test wrote (the independent
/// side: FiscalCalendar and LINQ, not the SQL functions under test).
/// </summary>
public sealed record RollupRows(
    IReadOnlyList<(Guid Donor, string Currency, DateOnly First, DateOnly Last, long Gifts, long Amount)> Totals,
    IReadOnlyList<(Guid Donor, string Currency, int FiscalYear, long Amount, long Gifts)> Years)
{
    public static RollupRows Expected(IEnumerable<TestGift> gifts, int firstMonth)
    {
        var calendar = new FiscalCalendar(firstMonth);
        var standing = gifts.Where(g => !g.Reversed).ToList();
        return new RollupRows(
            [.. standing.GroupBy(g => (g.DonorId, g.Currency))
                .Select(g => (g.Key.DonorId, g.Key.Currency, g.Min(x => x.ReceivedOn), g.Max(x => x.ReceivedOn), (long)g.Count(), g.Sum(x => x.Amount)))
                .OrderBy(r => r.DonorId).ThenBy(r => r.Currency, StringComparer.Ordinal)],
            [.. standing.GroupBy(g => (g.DonorId, g.Currency, Year: calendar.FiscalYearOf(g.ReceivedOn)))
                .Select(g => (g.Key.DonorId, g.Key.Currency, g.Key.Year, g.Sum(x => x.Amount), (long)g.Count()))
                .OrderBy(r => r.DonorId).ThenBy(r => r.Currency, StringComparer.Ordinal).ThenBy(r => r.Year)]);
    }

    public static async Task<RollupRows> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var totals = new List<(Guid, string, DateOnly, DateOnly, long, long)>();
        await using (var command = new NpgsqlCommand(
            "SELECT donor_id, currency, first_gift_on, last_gift_on, gift_count, amount FROM donor_giving_totals", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                totals.Add((reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateOnly>(3), reader.GetInt64(4), reader.GetInt64(5)));
            }
        }

        var years = new List<(Guid, string, int, long, long)>();
        await using (var command = new NpgsqlCommand(
            "SELECT donor_id, currency, fiscal_year, amount, gift_count FROM donor_fiscal_year_giving", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                years.Add((reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetInt64(4)));
            }
        }

        return new RollupRows(
            [.. totals.OrderBy(r => r.Item1).ThenBy(r => r.Item2, StringComparer.Ordinal)],
            [.. years.OrderBy(r => r.Item1).ThenBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.Item3)]);
    }

    public void ShouldEqual(RollupRows actual)
    {
        Assert.Equal(Totals, actual.Totals);
        Assert.Equal(Years, actual.Years);
    }
}
