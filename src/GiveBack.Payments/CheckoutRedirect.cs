namespace GiveBack.Payments;

/// <summary>Where to send the donor's browser to pay, and the processor's id for that checkout.</summary>
public sealed record CheckoutRedirect(string SessionId, string Url);
