using GiveBack.Giving.Gifts;
using GiveBack.Ledger.Batches;

namespace GiveBack.Giving.Batches;

/// <summary>What posting a batch did: <see cref="PostingStart"/> says whether it ran, <see cref="Refused"/> which lines the ledger refused.</summary>
public sealed record PostedBatch(PostingStart Start, int Booked, int Replayed, IReadOnlyList<RefusedLine> Refused)
{
    public bool Posted => Start is PostingStart.Started or PostingStart.Resumed && Refused.Count == 0;
}

public sealed record RefusedLine(int LineNo, GiftStatus Status);
