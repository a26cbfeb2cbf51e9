namespace GiveBack.Payments;

public sealed record RecurringGiftPage(IReadOnlyList<RecurringGiftView> Items, int Total, int Offset, int Limit);
