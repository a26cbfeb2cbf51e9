namespace GiveBack.Engagement.Endpoints;

/// <summary>
/// A saved segment: every criterion given must hold (none = every donor). <see cref="LybuntFiscalYear"/> Y selects
/// donors who gave in FY Y-1 but not in FY Y.
/// </summary>
public sealed record SegmentRequest(string? Name, string? Stage, int? ClassYear, int? LybuntFiscalYear, bool? Ambassador, string? Tag);
