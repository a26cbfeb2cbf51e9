using System.Globalization;
using System.Text;

namespace GiveBack.Reports.Rfm;

/// <summary>
/// The segment rules, kept as data so that the SQL that filters and counts by segment and the C# that names a
/// donor's segment can never disagree: the SQL CASE is generated from this list.
/// </summary>
public static class RfmSegments
{
    public static IReadOnlyList<RfmSegment> All { get; } =
    [
        new("champions", "Champions", 4, 5, 4, 5, 4, 5),
        new("loyal", "Loyal", 3, 5, 4, 5, 1, 5),
        new("new", "New", 4, 5, 1, 2, 1, 5),
        new("at-risk", "At risk", 1, 2, 3, 5, 1, 5),
        new("hibernating", "Hibernating", 2, 2, 1, 2, 1, 5),
        new("lapsed", "Lapsed", 1, 1, 1, 2, 1, 5),
        new("potential", "Potential", 1, 5, 1, 5, 1, 5),
    ];

    public static RfmSegment Of(int recency, int frequency, int monetary) =>
        All.First(s => s.Matches(recency, frequency, monetary));

    public static RfmSegment? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    /// <summary>A CASE expression over the columns r_score, f_score and m_score that yields the segment key.</summary>
    internal static string SqlCase()
    {
        var sql = new StringBuilder("CASE");
        foreach (var s in All)
        {
            sql.Append(CultureInfo.InvariantCulture,
                $" WHEN r_score BETWEEN {s.MinR} AND {s.MaxR} AND f_score BETWEEN {s.MinF} AND {s.MaxF} AND m_score BETWEEN {s.MinM} AND {s.MaxM} THEN '{s.Key}'");
        }

        return sql.Append(" END").ToString();
    }
}
