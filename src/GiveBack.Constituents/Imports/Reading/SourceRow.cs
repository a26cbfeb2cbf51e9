namespace GiveBack.Constituents.Imports.Reading;

/// <summary>One data row as the file holds it: its number as a spreadsheet shows it (the header is row 1) and its cells as text.</summary>
public sealed record SourceRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column] : string.Empty;
}
