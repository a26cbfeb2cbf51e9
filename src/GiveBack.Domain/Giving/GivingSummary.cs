namespace GiveBack.Domain.Giving;

/// <summary>What a donor has given, net of reversals, in one currency.</summary>
[GenerateSerializer, Immutable, Alias("giveback.giving-summary")]
public sealed record GivingSummary(
    [property: Id(0)] long LifetimeAmount,
    [property: Id(1)] int GiftCount,
    [property: Id(2)] DateOnly? FirstGiftOn,
    [property: Id(3)] DateOnly? LastGiftOn,
    [property: Id(4)] long LargestGiftAmount,
    [property: Id(5)] string? Currency,
    [property: Id(6)] IReadOnlyList<FiscalYearGiving> ByFiscalYear,
    [property: Id(7)] int ConsecutiveYears)
{
    public static GivingSummary Empty { get; } = new(0, 0, null, null, 0, null, Array.Empty<FiscalYearGiving>(), 0);
}
