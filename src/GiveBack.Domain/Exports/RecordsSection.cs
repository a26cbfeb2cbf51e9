namespace GiveBack.Domain.Exports;

/// <summary>One part of a printed records document: a heading and its lines of text.</summary>
public sealed record RecordsSection(string Title, IReadOnlyList<string> Lines);
