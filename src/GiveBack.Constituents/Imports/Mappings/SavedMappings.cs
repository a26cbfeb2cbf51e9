using System.Text.Json;
using System.Text.RegularExpressions;
using GiveBack.Web.Problems;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>
/// The mappings an import may name: the four GiveBack ships (reserved names) and those staff saved. A saved mapping is
/// data like a shipped one: for each field, the one column that holds it.
/// </summary>
public sealed partial class SavedMappings(IDbContextFactory<ConstituentsDbContext> contexts, TimeProvider clock)
{
    public const int MaxNameLength = 64;

    /// <summary>A shipped mapping, else a saved one; null when there is none by that name.</summary>
    public async Task<ImportMapping?> FindAsync(string? name, CancellationToken cancellationToken = default)
    {
        if (ImportMappings.Find(name) is { } shipped)
        {
            return shipped;
        }

        return await GetAsync(name, cancellationToken) is { } saved ? ToMapping(saved) : null;
    }

    public async Task<IReadOnlyList<SavedMapping>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Set<SavedMappingRecord>().AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken);
        return [.. records.Select(From)];
    }

    public async Task<SavedMapping?> GetAsync(string? name, CancellationToken cancellationToken = default)
    {
        if (Key(name) is not { } key)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SavedMappingRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.Name == key, cancellationToken) is { } record
            ? From(record)
            : null;
    }

    /// <summary>What is wrong with a mapping to save, by the request's field names; nothing is stored.</summary>
    public static FieldErrors Check(string name, SavedMappingRequest? request)
    {
        var errors = new FieldErrors();
        errors.Check(Key(name) is not null, "name", $"name is 1 to {MaxNameLength} letters, digits, '-' or '_', starting with a letter or digit.");
        errors.Check(
            ImportMappings.Find(name) is null,
            "name",
            $"{string.Join(", ", ImportMappings.All.Select(m => m.Name))} are the mappings GiveBack ships; save yours under another name.");
        var columns = request?.Columns ?? new Dictionary<string, string>();
        errors.Check(columns.Count > 0, "columns", "columns names the column that holds each import field, e.g. {\"first_name\": \"Prénom\"}.");
        foreach (var (field, column) in columns)
        {
            errors.Check(FieldNames.Find(field) is not null, $"columns.{field}", $"{field} is not an import field: one of {string.Join(", ", FieldNames.All)}.");
            errors.Check(!string.IsNullOrWhiteSpace(column) && column.Trim().Length <= 200, $"columns.{field}", "The column's name is 1 to 200 characters.");
        }

        var fields = columns.Keys.Select(FieldNames.Find).OfType<ImportField>().ToHashSet();
        errors.Check(
            fields.Contains(ImportField.DonorKey) || (fields.Contains(ImportField.FirstName) && fields.Contains(ImportField.LastName)),
            "columns",
            "A mapping reads first_name and last_name, or donor_key (rows that name donors already in GiveBack).");
        errors.Check(
            request?.DateLocale is null || ImportLocales.IsKnown(request.DateLocale),
            "dateLocale",
            "dateLocale is a specific culture such as en-US, en-GB or fr-FR.");
        return errors;
    }

    /// <summary>Creates or replaces the mapping; true when it was created.</summary>
    public Task<(SavedMapping Mapping, bool Created)> SaveAsync(
        string name, SavedMappingRequest request, string? by, CancellationToken cancellationToken = default) =>
        SaveAsync(name, request, by, retry: true, cancellationToken);

    private async Task<(SavedMapping Mapping, bool Created)> SaveAsync(
        string name, SavedMappingRequest request, string? by, bool retry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = Key(name) ?? throw new ArgumentException("Check the name first.", nameof(name));
        var columns = request.Columns!.ToDictionary(c => FieldNames.Of(FieldNames.Find(c.Key)!.Value), c => c.Value.Trim(), StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<SavedMappingRecord>().SingleOrDefaultAsync(m => m.Name == key, cancellationToken);
        var created = record is null;
        if (record is null)
        {
            record = new SavedMappingRecord { Name = key, Columns = "{}" };
            db.Add(record);
        }

        record.Columns = JsonSerializer.Serialize(columns);
        record.DateLocale = ImportLocales.Find(request.DateLocale)?.Name;
        record.UpdatedBy = by;
        record.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (created && retry)
        {
            // Saved at the same moment by another request: this one replaces it, as a second PUT would.
            return await SaveAsync(name, request, by, retry: false, cancellationToken);
        }

        return (From(record), created);
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        if (Key(name) is not { } key)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SavedMappingRecord>().Where(m => m.Name == key).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>The mapping engine's view of a saved mapping: one column per field, the saved locale or en-US.</summary>
    public static ImportMapping ToMapping(SavedMapping saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return new ImportMapping(
            saved.Name,
            saved.DateLocale ?? "en-US",
            saved.Columns.Where(c => FieldNames.Find(c.Key) is not null).ToDictionary(c => FieldNames.Find(c.Key)!.Value, c => new[] { c.Value }));
    }

    /// <summary>A name as stored: trimmed and lower-case, so "Alumni-Office" and "alumni-office" are one mapping.</summary>
    private static string? Key(string? name) =>
        name?.Trim() is { Length: > 0 and <= MaxNameLength } trimmed && NamePattern().IsMatch(trimmed) ? trimmed.ToLowerInvariant() : null;

    private static SavedMapping From(SavedMappingRecord record) => new(
        record.Name,
        JsonSerializer.Deserialize<Dictionary<string, string>>(record.Columns) ?? [],
        record.DateLocale,
        record.UpdatedAt,
        record.UpdatedBy);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex NamePattern();
}
