namespace GiveBack.Payments;

/// <summary>
/// The payment processor refused a request (<see cref="Refused"/>: the request itself is wrong, e.g. over the processor's
/// amount limit) or could not answer (down, timing out, rate limiting: try again later). Gateways translate their
/// client's errors into this, so no caller sees the processor's own exception types.
/// </summary>
public sealed class PaymentProcessorException(string message, bool refused, Exception? innerException = null)
    : Exception(message, innerException)
{
    public bool Refused { get; } = refused;
}
