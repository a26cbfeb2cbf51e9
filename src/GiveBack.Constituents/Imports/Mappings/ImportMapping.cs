namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>
/// A saved mapping, as data: for each field the source columns that may hold it, first non-empty wins (an export may
/// carry a personal and a work e-mail). <see cref="Culture"/> reads amounts and dates written the exporting user's way;
/// <see cref="ColumnPrefix"/> is a prefix a column may carry or not (NPSP's <c>npsp__</c> namespace).
/// <see cref="BookedStatuses"/>, when set, are the only values of <see cref="ImportField.GiftStatus"/> that are gifts
/// received (a CiviCRM export lists pending and cancelled contributions too).
/// </summary>
public sealed record ImportMapping(
    string Name,
    string Culture,
    IReadOnlyDictionary<ImportField, string[]> Columns,
    string? ColumnPrefix = null,
    IReadOnlyList<string>? BookedStatuses = null);
