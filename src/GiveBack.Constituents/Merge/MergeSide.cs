using GiveBack.Domain.Giving;

namespace GiveBack.Constituents.Merge;

/// <summary>One of the two donors of a merge as staff compare them: who, and their giving.</summary>
public sealed record MergeSide(Guid Id, string FirstName, string LastName, string? Email, int? ClassYear, bool EmailOptOut, GivingSummary Giving);
