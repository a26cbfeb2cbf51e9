using GiveBack.Constituents.Imports.Mappings;
using GiveBack.Constituents.Imports.Reading;
using GiveBack.Constituents.Imports.Store;
using GiveBack.Domain.Paging;
using GiveBack.Web.Problems;
using Microsoft.Extensions.Options;

namespace GiveBack.Constituents.Imports;

/// <summary>
/// The one way in for the API, the workspace and the command line: checks a request, stores the file and queues the
/// run (a worker books it), and reads a run's progress back.
/// </summary>
public sealed class ImportService(ImportStore store, SavedMappings mappings, IOptions<ImportOptions> options, TimeProvider clock)
{
    /// <summary>What is wrong with a request before anything is stored; the field names are the API's form fields.</summary>
    public async Task<FieldErrors> CheckAsync(string? fileName, long length, string? mapping, string? dateLocale, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        errors.Check(!string.IsNullOrWhiteSpace(fileName) && length > 0, "file", "file is required: a CSV or .xlsx file.");
        errors.Check(
            string.IsNullOrWhiteSpace(fileName) || SourceFiles.IsSupported(fileName),
            "file",
            "file must be a CSV (.csv, .txt) or an Excel workbook (.xlsx).");
        errors.Check(length <= options.Value.MaxFileBytes, "file", $"file must be at most {options.Value.MaxFileBytes / 1024 / 1024} MB.");
        errors.Check(
            await mappings.FindAsync(mapping, cancellationToken) is not null,
            "mapping",
            $"mapping is required: one of {string.Join(", ", ImportMappings.All.Select(m => m.Name))}, or a saved mapping's name.");
        errors.Check(
            string.IsNullOrWhiteSpace(dateLocale) || ImportLocales.IsKnown(dateLocale),
            "dateLocale",
            "dateLocale is a specific culture such as en-US, en-GB or fr-FR.");
        return errors;
    }

    /// <summary>Stores the file and queues the run; returns its id at once.</summary>
    public async Task<Guid> StartAsync(ImportRequest request, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var run = new ImportRunRecord
        {
            Id = Guid.CreateVersion7(now),
            FileName = Path.GetFileName(request.FileName),
            Mapping = (await mappings.FindAsync(request.Mapping, cancellationToken))!.Name,
            DateLocale = ImportLocales.Find(request.DateLocale)?.Name,
            DryRun = request.DryRun,
            Status = ImportStatuses.Queued,
            CreatedBy = request.StartedBy,
            CreatedAt = now,
        };
        await store.CreateAsync(run, content, cancellationToken);
        return run.Id;
    }

    public async Task<Page<ImportStatus>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        var runs = await store.ListAsync(offset, limit, cancellationToken);
        return new Page<ImportStatus>([.. runs.Items.Select(r => ImportStatus.From(r, null))], runs.Total, runs.Offset, runs.Limit);
    }

    public async Task<ImportStatus?> StatusAsync(Guid id, CancellationToken cancellationToken = default) =>
        await store.FindAsync(id, cancellationToken) is { } run
            ? ImportStatus.From(run, await store.ProblemsAsync(id, cancellationToken))
            : null;
}
