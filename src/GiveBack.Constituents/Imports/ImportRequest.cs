namespace GiveBack.Constituents.Imports;

/// <summary>An import to start: the file's name (its extension says CSV or .xlsx), the mapping's name, and whether it only checks.</summary>
public sealed record ImportRequest(string FileName, string Mapping, bool DryRun, string? StartedBy);
