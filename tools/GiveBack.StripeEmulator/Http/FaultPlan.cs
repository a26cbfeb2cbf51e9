using System.Net;

namespace GiveBack.StripeEmulator.Http;

/// <summary>
/// Stripe having a bad moment, on demand: the next <c>count</c> API calls whose path starts with a prefix are answered
/// with an error of the given status (Stripe's <c>api_error</c> shape), so tests can see what the product does then.
/// </summary>
internal sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private (string Prefix, int Status, int Remaining)? _fault;

    public void Arm(string pathPrefix, int status, int count)
    {
        lock (_gate)
        {
            _fault = count > 0 ? (pathPrefix, status, count) : null;
        }
    }

    /// <summary>Throws the armed error for a matching path, counting it down.</summary>
    public void ThrowIfArmed(PathString path)
    {
        int status;
        lock (_gate)
        {
            if (_fault is not { } fault || !path.StartsWithSegments(fault.Prefix, StringComparison.Ordinal))
            {
                return;
            }

            status = fault.Status;
            _fault = fault.Remaining > 1 ? fault with { Remaining = fault.Remaining - 1 } : null;
        }

        throw new StripeApiException(
            (HttpStatusCode)status, "api_error", "An error occurred with our connection to Stripe (injected by the emulator).");
    }
}
