using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GiveBack.Domain.Telemetry;

/// <summary>
/// The product's one meter and one activity source, both named <see cref="Name"/>. They live in the rules project
/// because every module already references it: instruments are created next to what they measure (the ledger counts
/// gifts, the Stripe processor times events), and the host subscribes to the name once. Both are free until a
/// listener (OpenTelemetry in the host) subscribes.
/// </summary>
public static class GiveBackTelemetry
{
    public const string Name = "GiveBack";

    public static readonly Meter Meter = new(Name);

    public static readonly ActivitySource Activities = new(Name);
}
