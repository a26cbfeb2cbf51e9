namespace GiveBack.Constituents.Relationships;

/// <summary>A household with its members and its joint giving, one line per currency (see docs/reports.md).</summary>
public sealed record HouseholdView(
    Guid Id, string Name, string? Salutation, IReadOnlyList<HouseholdMember> Members, IReadOnlyList<CreditTotals> Giving);
