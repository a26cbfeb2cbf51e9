namespace GiveBack.Ledger.Batches;

/// <summary>What asking to post a batch found.</summary>
public enum PostingStart
{
    /// <summary>The lines matched the control figures; the batch is now posting and its lines are locked.</summary>
    Started,

    /// <summary>An earlier post stopped part way; this one books what is left (each line keyed, so nothing twice).</summary>
    Resumed,

    AlreadyPosted,

    /// <summary>The lines' count or total differ from the control figures; nothing changed.</summary>
    ControlMismatch,

    /// <summary>A batch without lines posts nothing.</summary>
    Empty,

    NotFound,
}
