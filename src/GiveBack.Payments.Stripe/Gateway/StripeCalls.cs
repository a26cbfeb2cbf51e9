using System.Net;
using Stripe;

namespace GiveBack.Payments.Stripe.Gateway;

/// <summary>
/// Runs a call to Stripe on behalf of a person (staff API, giving pages) and turns Stripe's errors into the product's
/// <see cref="PaymentProcessorException"/>: a 4xx other than 404/429 means Stripe refused the request, anything else
/// (5xx, 429, no answer) means try again later.
/// </summary>
internal static class StripeCalls
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException exception)
        {
            var status = (int)exception.HttpStatusCode;
            var refused = status is >= 400 and < 500 && exception.HttpStatusCode != HttpStatusCode.TooManyRequests;
            throw new PaymentProcessorException(exception.StripeError?.Message ?? exception.Message, refused, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new PaymentProcessorException("The payment processor could not be reached.", refused: false, exception);
        }
    }
}
