namespace GiveBack.Payments;

/// <summary>Where a stored processor event stands.</summary>
public static class PaymentEventStatuses
{
    /// <summary>Not processed yet: new, or failed and waiting for its next attempt.</summary>
    public const string Pending = "pending";

    /// <summary>Handled (booked, recorded or deliberately ignored); the outcome says which.</summary>
    public const string Processed = "processed";

    /// <summary>Failed on every attempt of the retry window; waits for staff to replay it.</summary>
    public const string Parked = "parked";

    public static readonly IReadOnlyList<string> All = [Pending, Processed, Parked];
}
