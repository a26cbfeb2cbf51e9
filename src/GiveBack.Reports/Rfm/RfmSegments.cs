namespace GiveBack.Reports.Rfm;

/// <summary>
/// The segment rules, kept as data: the report counts segments, names each donor's segment and turns a segment filter
/// into the score triples it covers all from this one list, so counts, labels and filters can never disagree.
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
}
