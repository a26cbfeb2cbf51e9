using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace GiveBack.Payments.Stripe.Gateway;

/// <summary>The giving page's side of Stripe: hosted Checkout (card data never touches GiveBack) and the customer portal.</summary>
public sealed class StripePaymentGateway(IStripeClient stripe, IOptions<StripeOptions> options) : IPaymentGateway
{
    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<CheckoutRedirect> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken = default)
    {
        var metadata = CheckoutMetadata.From(request);
        var price = new SessionLineItemPriceDataOptions
        {
            Currency = request.Currency.ToLowerInvariant(),
            UnitAmount = request.ChargedAmount,
            ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.CampaignName },
            Recurring = request.Monthly ? new SessionLineItemPriceDataRecurringOptions { Interval = "month" } : null,
        };
        var session = await StripeCalls.RunAsync(() => new SessionService(stripe).CreateAsync(
            new SessionCreateOptions
            {
                Mode = request.Monthly ? "subscription" : "payment",
                CustomerEmail = request.Email,
                CustomerCreation = request.Monthly ? null : "always",
                SubmitType = request.Monthly ? null : "donate",
                SuccessUrl = request.SuccessUrl,
                CancelUrl = request.CancelUrl,
                Locale = request.Locale,
                Metadata = metadata,
                LineItems = [new SessionLineItemOptions { Quantity = 1, PriceData = price }],
                PaymentIntentData = request.Monthly ? null : new SessionPaymentIntentDataOptions { Metadata = metadata, Description = request.CampaignName },
                SubscriptionData = request.Monthly ? new SessionSubscriptionDataOptions { Metadata = metadata, Description = request.CampaignName } : null,
            },
            cancellationToken: cancellationToken));
        return new CheckoutRedirect(session.Id, session.Url);
    }

    public async Task<CheckoutSummary?> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        try
        {
            var session = await new SessionService(stripe).GetAsync(sessionId, cancellationToken: cancellationToken);
            return new CheckoutSummary(
                session.Id,
                session.PaymentStatus == "paid",
                session.AmountTotal ?? 0,
                (session.Currency ?? string.Empty).ToUpperInvariant(),
                session.Mode == "subscription",
                session.CustomerDetails?.Email);
        }
        catch (StripeException exception) when (exception.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (StripeException exception)
        {
            throw new PaymentProcessorException(exception.StripeError?.Message ?? exception.Message, refused: false, exception);
        }
    }

    public async Task<string> CreatePortalLinkAsync(string customerId, string returnUrl, CancellationToken cancellationToken = default)
    {
        var portal = await StripeCalls.RunAsync(() => new global::Stripe.BillingPortal.SessionService(stripe).CreateAsync(
            new global::Stripe.BillingPortal.SessionCreateOptions { Customer = customerId, ReturnUrl = returnUrl },
            cancellationToken: cancellationToken));
        return portal.Url;
    }
}
