namespace GiveBack.Constituents.Audit;

/// <summary>
/// Endpoint metadata for a call that erases a donor's personal data. The audit records it as an erasure, without the
/// before/after snapshot a write carries: that snapshot would keep the very data the call removed.
/// </summary>
public sealed class ErasesPersonalData
{
    public static ErasesPersonalData Instance { get; } = new();

    private ErasesPersonalData()
    {
    }
}
