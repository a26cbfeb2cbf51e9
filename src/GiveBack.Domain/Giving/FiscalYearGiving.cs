namespace GiveBack.Domain.Giving;

/// <summary>A donor's net giving in one fiscal year.</summary>
[GenerateSerializer, Immutable, Alias("giveback.fiscal-year-giving")]
public sealed record FiscalYearGiving([property: Id(0)] int FiscalYear, [property: Id(1)] long Amount, [property: Id(2)] int GiftCount);
