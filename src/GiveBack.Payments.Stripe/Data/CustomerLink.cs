namespace GiveBack.Payments.Stripe.Data;

/// <summary>Which donor a Stripe customer is, remembered the first time they are matched.</summary>
public sealed class CustomerLink
{
    public required string CustomerId { get; init; }

    public Guid DonorId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
