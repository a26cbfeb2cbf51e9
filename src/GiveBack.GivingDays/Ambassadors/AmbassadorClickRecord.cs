namespace GiveBack.GivingDays.Ambassadors;

/// <summary>
/// One visit of an ambassador's link: an insert per click, the cheapest write there is on a busy day, counted when the
/// figures are read. It keeps the time only, nothing about the visitor.
/// </summary>
public sealed class AmbassadorClickRecord
{
    public long Id { get; init; }

    public Guid AmbassadorId { get; init; }

    public DateTimeOffset ClickedAt { get; init; }
}
