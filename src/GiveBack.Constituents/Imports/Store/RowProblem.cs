namespace GiveBack.Constituents.Imports.Store;

/// <summary>Why a row was not booked: its number (the header is row 1), the source column, the value found and the reason.</summary>
public sealed record RowProblem(int Row, string Column, string Value, string Message);
