namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>The event type names used in the outbox <c>type</c> column and in <see cref="EventDelivery.EventType"/>.</summary>
public static class EventTypes
{
    /// <summary>The name of <see cref="Events.DonorChanged"/>.</summary>
    public const string DonorChanged = nameof(Events.DonorChanged);

    /// <summary>The name of <see cref="Events.DonorErased"/> (since 2.2).</summary>
    public const string DonorErased = nameof(Events.DonorErased);

    /// <summary>The name of <see cref="Events.GiftRecorded"/>.</summary>
    public const string GiftRecorded = nameof(Events.GiftRecorded);

    /// <summary>The name of <see cref="Events.GiftReversed"/>.</summary>
    public const string GiftReversed = nameof(Events.GiftReversed);

    /// <summary>The name of <see cref="Events.PledgeChanged"/>.</summary>
    public const string PledgeChanged = nameof(Events.PledgeChanged);

    /// <summary>The name of <see cref="Events.StageChanged"/>.</summary>
    public const string StageChanged = nameof(Events.StageChanged);

    /// <summary>Every event type of this version of the contract.</summary>
    public static IReadOnlyList<string> All { get; } = [DonorChanged, DonorErased, GiftRecorded, GiftReversed, PledgeChanged, StageChanged];
}
