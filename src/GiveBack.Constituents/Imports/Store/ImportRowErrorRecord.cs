namespace GiveBack.Constituents.Imports.Store;

/// <summary>One problem of one row: the row number as a spreadsheet shows it (the header is row 1), the column, the value, why.</summary>
public sealed class ImportRowErrorRecord
{
    public long Id { get; set; }

    public Guid ImportId { get; set; }

    public int Row { get; set; }

    public required string Column { get; set; }

    public required string Value { get; set; }

    public required string Message { get; set; }
}
