namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>
/// The body of <c>PUT /api/v1/import-mappings/{name}</c>: which column holds each import field (keys as the generic
/// file names its columns: <c>first_name</c>, <c>last_name</c>, <c>email</c>, <c>amount</c>, <c>gift_date</c>…), and
/// optionally the locale of the file's dates and amounts (<c>fr-FR</c>, <c>en-GB</c>).
/// </summary>
public sealed record SavedMappingRequest(IReadOnlyDictionary<string, string>? Columns, string? DateLocale);
