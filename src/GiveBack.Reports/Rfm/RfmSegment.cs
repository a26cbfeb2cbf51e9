namespace GiveBack.Reports.Rfm;

/// <summary>
/// A named band of recency (R), frequency (F) and monetary (M) scores, each bound inclusive. Segments are tried in
/// order and the first that matches a donor names them.
/// </summary>
public sealed record RfmSegment(string Key, string Name, int MinR, int MaxR, int MinF, int MaxF, int MinM, int MaxM)
{
    public bool Matches(int recency, int frequency, int monetary) =>
        recency >= MinR && recency <= MaxR && frequency >= MinF && frequency <= MaxF && monetary >= MinM && monetary <= MaxM;
}
