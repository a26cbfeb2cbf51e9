namespace GiveBack.Constituents.Imports.Reading;

/// <summary>A file being read: its header, then its rows one at a time (never the whole file in memory).</summary>
public sealed record SourceTable(IReadOnlyList<string> Header, IEnumerable<SourceRow> Rows);
