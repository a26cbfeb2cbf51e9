namespace GiveBack.Payments.GivingPage;

public enum MonthlyGiftLinkStatus
{
    /// <summary>Not a link GiveBack made: tampered, cut short, or from before links expired.</summary>
    Invalid,

    /// <summary>Genuine, but older than its lifetime.</summary>
    Expired,

    Valid,
}
