using System.Text.Json.Serialization;
using GiveBack.Constituents.Imports.Store;

namespace GiveBack.Constituents.Imports;

/// <summary>
/// An import as <c>GET /api/v1/imports/{id}</c> returns it. In a dry run, <c>importedRows</c> counts the rows that would
/// be booked; <c>skippedRows</c> counts the rows with a problem and those booked by an earlier import. The list of
/// imports leaves <see cref="Errors"/> out (null): a run's row errors are on its own page.
/// </summary>
public sealed record ImportStatus(
    Guid Id,
    string FileName,
    string Mapping,
    bool DryRun,
    string? DateLocale,
    string Status,
    int TotalRows,
    int ProcessedRows,
    int ImportedRows,
    int SkippedRows,
    string? Failure,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RowProblem>? Errors)
{
    public bool Finished => Status is ImportStatuses.Completed or ImportStatuses.Failed;

    public static ImportStatus From(ImportRunRecord run, IReadOnlyList<RowProblem>? errors)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new ImportStatus(
            run.Id, run.FileName, run.Mapping, run.DryRun, run.DateLocale, run.Status, run.TotalRows ?? 0, run.ProcessedRows, run.ImportedRows,
            run.SkippedRows, run.Failure, run.CreatedAt, run.FinishedAt, errors);
    }
}
