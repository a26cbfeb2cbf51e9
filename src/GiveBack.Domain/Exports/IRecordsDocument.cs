namespace GiveBack.Domain.Exports;

/// <summary>
/// Prints records as a PDF in the product's embedded fonts (every script a donor's name may be written in), so a
/// document for a person — a subject access export — is set up as the receipts are, by the module that owns the fonts.
/// </summary>
public interface IRecordsDocument
{
    /// <summary>A PDF of <paramref name="title"/> and the sections, over as many A4 pages as they need.</summary>
    byte[] Render(string title, IReadOnlyList<RecordsSection> sections);
}
