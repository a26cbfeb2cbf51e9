namespace GiveBack.Domain.Campaigns;

/// <summary>A campaign's progress among the alumni of one class year; a null class year is friends of the institution.</summary>
[GenerateSerializer, Immutable, Alias("giveback.class-year-progress")]
public sealed record ClassYearProgress([property: Id(0)] int? ClassYear, [property: Id(1)] long RaisedAmount, [property: Id(2)] int DonorCount, [property: Id(3)] int GiftCount);
