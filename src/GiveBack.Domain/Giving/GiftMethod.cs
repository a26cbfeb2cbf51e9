namespace GiveBack.Domain.Giving;

/// <summary>How a gift was received. Online gifts come from the payment processor, never from the staff API.</summary>
public enum GiftMethod
{
    Cheque,
    Cash,
    Wire,
    Stock,
    Card,
    Other,
    Online,
}
