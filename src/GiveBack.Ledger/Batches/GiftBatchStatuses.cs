namespace GiveBack.Ledger.Batches;

/// <summary>A batch's life: open while keyed, posting while its lines are booked, posted for good.</summary>
public static class GiftBatchStatuses
{
    public const string Open = "open";

    /// <summary>Being booked: the lines are locked; a post that died here resumes, each line keyed so nothing books twice.</summary>
    public const string Posting = "posting";

    public const string Posted = "posted";
}
