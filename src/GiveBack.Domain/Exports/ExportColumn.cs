namespace GiveBack.Domain.Exports;

/// <summary>One column of an exported table, with what it means (the export's README lists them).</summary>
/// <param name="Name">The column's snake_case name, the one an import maps.</param>
/// <param name="Meaning">What the value is, its unit or its allowed values.</param>
public sealed record ExportColumn(string Name, string Meaning);
