namespace GiveBack.Giving.Batches;

/// <summary>
/// A line keyed into a batch, with what makes it look like a gift already keyed: the same donor and amount booked
/// within <see cref="GiftBatchDesk.DuplicateWindowDays"/> days of the deposit, or waiting in a batch not yet posted.
/// </summary>
public sealed record AddedLine(BatchOutcome Outcome, int? LineNo, LikelyDuplicate? Duplicate);

/// <summary>The earlier gift (booked on <see cref="ReceivedOn"/>) or unposted line (no date) this line resembles.</summary>
public sealed record LikelyDuplicate(DateOnly? ReceivedOn, bool InABatch);
