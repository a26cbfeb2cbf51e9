namespace GiveBack.Constituents.Imports;

/// <summary>
/// An import to start: the file's name (its extension says CSV or .xlsx), the mapping's name (shipped or saved), whether
/// it only checks, and the locale its dates and amounts are written in when not the mapping's.
/// </summary>
public sealed record ImportRequest(string FileName, string Mapping, bool DryRun, string? StartedBy, string? DateLocale = null);
