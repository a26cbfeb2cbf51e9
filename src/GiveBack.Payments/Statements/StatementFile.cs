namespace GiveBack.Payments.Statements;

/// <summary>A statement as a file: its name and the PDF's bytes.</summary>
public sealed record StatementFile(string FileName, byte[] Content);
