namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>
/// A saved mapping as <c>GET /api/v1/import-mappings/{name}</c> returns it: for each import field (named as the
/// generic file names its column: <c>first_name</c>, <c>amount</c>, <c>gift_date</c>…) the column that holds it, and
/// the locale of its dates and amounts (null: en-US).
/// </summary>
public sealed record SavedMapping(string Name, IReadOnlyDictionary<string, string> Columns, string? DateLocale, DateTimeOffset UpdatedAt, string? UpdatedBy);
