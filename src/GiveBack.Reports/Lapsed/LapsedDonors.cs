namespace GiveBack.Reports.Lapsed;

/// <summary>One page of a LYBUNT or SYBUNT list; <see cref="Total"/> counts every lapsed donor, not just this page.</summary>
public sealed record LapsedDonors(
    LapseKind Kind,
    int FiscalYear,
    DateOnly Start,
    DateOnly End,
    string Currency,
    long Total,
    int Offset,
    int? Limit,
    IReadOnlyList<LapsedDonor> Items);
