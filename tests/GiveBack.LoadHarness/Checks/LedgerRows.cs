using System.Globalization;

namespace GiveBack.LoadHarness.Checks;

/// <summary>
/// A campaign's ledger as its gift export gives it (one CSV row per ledger entry; reversals carry negative amounts or
/// are netted by kind). The harness's names and funds hold no comma or quote, so a split reads it.
/// </summary>
internal sealed record LedgerRows(Guid GiftId, string Kind, Guid DonorId, long Amount)
{
    public static List<LedgerRows> Parse(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name) is >= 0 and var i ? i : throw new InvalidOperationException($"The export has no {name} column.");
        var (id, kind, donor, amount) = (Column("gift_id"), Column("kind"), Column("donor_id"), Column("amount"));
        return [.. lines.Skip(1).Select(line => line.Split(',')).Select(cells => new LedgerRows(
            Guid.Parse(cells[id]), cells[kind], Guid.Parse(cells[donor]),
            (cells[kind] == "gift" ? 1 : -1) * Math.Abs(long.Parse(cells[amount], CultureInfo.InvariantCulture))))];
    }
}
