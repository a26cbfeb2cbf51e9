namespace GiveBack.Payments;

/// <summary>
/// The payment processor as the product sees it (no processor types cross this line): hosted checkout for the giving
/// page and the donor's self-service portal. Implemented over Stripe.net in GiveBack.Payments.Stripe.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>False when no processor key is configured: the giving page then says online giving is unavailable.</summary>
    bool IsConfigured { get; }

    Task<CheckoutRedirect> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken = default);

    /// <summary>What a finished checkout charged, for the thank-you page; null when the session is unknown.</summary>
    Task<CheckoutSummary?> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>A link to the processor's customer portal, where a donor manages a monthly gift.</summary>
    Task<string> CreatePortalLinkAsync(string customerId, string returnUrl, CancellationToken cancellationToken = default);
}
