using System.Globalization;
using GiveBack.Constituents.Imports.Booking;
using GiveBack.Constituents.Imports.Mappings;
using GiveBack.Constituents.Imports.Parsing;
using GiveBack.Constituents.Imports.Reading;
using GiveBack.Constituents.Imports.Store;
using GiveBack.Giving.Donors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GiveBack.Constituents.Imports.Running;

/// <summary>
/// Runs one claimed import: reads the stored file as a stream, checks and books it chunk by chunk, and commits each
/// chunk's progress with its checkpoint. A run taken over after a crash starts after the last committed chunk; the
/// chunk that was in flight is booked again, which the derived keys make harmless.
/// </summary>
public sealed class ImportRunner(
    ImportStore store, ImportFiles files, ChunkBooker booker, DonorEditor donorEditor, SavedMappings mappings, IServiceProvider services,
    IOptions<ImportOptions> options, TimeProvider clock)
{
    public async Task RunAsync(ImportRunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var settings = options.Value;
        var path = await files.CopyToTempAsync(run.Id, cancellationToken);
        try
        {
            var failure = await RunFileAsync(run, path, settings, cancellationToken);
            await store.FinishAsync(run.Id, failure is null ? ImportStatuses.Completed : ImportStatuses.Failed, failure, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await store.FinishAsync(run.Id, ImportStatuses.Failed, exception.Message, CancellationToken.None);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Null when every row was handled (good or bad); else why the file itself could not be read.</summary>
    private async Task<string?> RunFileAsync(ImportRunRecord run, string path, ImportOptions settings, CancellationToken cancellationToken)
    {
        var mapping = await mappings.FindAsync(run.Mapping, cancellationToken);
        if (mapping is null)
        {
            return $"There is no mapping called '{run.Mapping}'.";
        }

        var table = SourceFiles.Open(path, run.FileName);
        var columns = ColumnMap.For(mapping, table.Header);
        // A file without names books to donors already in GiveBack by their ids (the export's gifts.csv).
        var names = columns.Has(ImportField.FirstName) && columns.Has(ImportField.LastName);
        if (!names && (columns.Has(ImportField.FirstName) || columns.Has(ImportField.LastName) || !columns.Has(ImportField.DonorKey)))
        {
            return $"The file has no first and last name columns for the '{mapping.Name}' mapping ({string.Join(", ", mapping.Columns[ImportField.LastName])}), "
                + $"nor only a donor id column ({string.Join(", ", mapping.Columns.GetValueOrDefault(ImportField.DonorKey) ?? [])}).";
        }

        if (run.TotalRows is null)
        {
            await store.SetTotalAsync(run.Id, table.Rows.Count(), cancellationToken);
        }

        // The upload's locale, when it named one, wins over the mapping's: the same system exports in its user's locale.
        var culture = ImportLocales.Find(run.DateLocale) ?? CultureInfo.GetCultureInfo(mapping.Culture);
        var parser = new RowParser(columns, culture, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), settings.DefaultCampaign, donorEditor.Validate);
        var campaigns = services.GetRequiredService<ImportCampaigns>();
        var processed = 0;
        var chunk = new List<SourceRow>(settings.ChunkSize);
        foreach (var row in SourceFiles.Open(path, run.FileName).Rows)
        {
            if (++processed <= run.ProcessedRows)
            {
                continue;
            }

            chunk.Add(row);
            if (chunk.Count == settings.ChunkSize)
            {
                await CommitAsync(run, chunk, processed, parser, campaigns, settings, cancellationToken);
                chunk.Clear();
            }
        }

        await CommitAsync(run, chunk, processed, parser, campaigns, settings, cancellationToken);
        return null;
    }

    private async Task CommitAsync(
        ImportRunRecord run, List<SourceRow> chunk, int processed, RowParser parser, ImportCampaigns campaigns, ImportOptions settings,
        CancellationToken cancellationToken)
    {
        var problems = new List<RowProblem>();
        var parsed = new List<ParsedRow>();
        foreach (var row in chunk)
        {
            var (good, wrong) = parser.Parse(row);
            problems.AddRange(wrong);
            if (good is not null)
            {
                parsed.Add(good);
            }
        }

        var booked = await store.BookedAmongAsync([.. parsed.Select(r => r.RowKey).Distinct()], cancellationToken);
        // Two rows of one file with the same key are one row given twice: the second is skipped like a re-import.
        var fresh = parsed.Where(r => !booked.Contains(r.RowKey)).DistinctBy(r => r.RowKey).ToList();
        var bookingProblems = run.DryRun
            ? await DryRunChecks.CheckAsync(fresh, campaigns, settings.DefaultCurrency, cancellationToken)
            : await booker.BookAsync(fresh, campaigns, settings.DefaultCurrency, settings.Parallelism, cancellationToken);
        problems.AddRange(bookingProblems);
        var refused = bookingProblems.Select(p => p.Row).ToHashSet();
        var imported = fresh.Where(r => !refused.Contains(r.Number)).ToList();
        await store.CommitChunkAsync(
            run.Id,
            new ChunkProgress(processed, imported.Count, chunk.Count - imported.Count, [.. problems.OrderBy(p => p.Row)],
                run.DryRun ? [] : [.. imported.Select(r => r.RowKey)]),
            settings.Lease,
            cancellationToken);
    }
}
