namespace GiveBack.Payments.Stripe.Processing;

/// <summary>Who paid, as far as Stripe and the giving page's metadata tell; the locale is the giving page's language.</summary>
public sealed record PayerDetails(
    string? CustomerId, string? Email, string? FirstName, string? LastName, string? FullName, int? ClassYear, string? Locale);
