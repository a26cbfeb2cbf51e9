using System.Globalization;
using System.Text;
using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Csv;
using GiveBack.Plugins.Abstractions.Events;
using Microsoft.Extensions.Configuration;

namespace GiveBack.Plugin.CsvExport;

/// <summary>
/// Appends one row per donor, gift, reversal and pledge event to hourly batch files
/// <c>npsp-import-yyyyMMdd-HH.csv</c> (UTC) in the configured folder, ready for the NPSP Data Import wizard.
/// A delivery already written (a retry after a lost acknowledgement) is not written twice. A <c>DonorErased</c> writes
/// no row: it blanks the donor's contact columns in the files already written (<see cref="ErasedDonors"/>).
/// </summary>
internal sealed class NpspCsvConnector(IConfiguration configuration, TimeProvider timeProvider) : ICrmConnector
{
    private static readonly string[] Accepted =
        [EventTypes.DonorChanged, EventTypes.DonorErased, EventTypes.GiftRecorded, EventTypes.GiftReversed, EventTypes.PledgeChanged];

    private readonly Lock _gate = new();
    private HashSet<long>? _written;

    public bool Accepts(string eventType) => Accepted.Contains(eventType);

    public Task PushAsync(EventDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        var folder = configuration["Folder"] ?? throw new InvalidOperationException("Plugins:CsvExport:Folder is not set.");
        Directory.CreateDirectory(folder);
        lock (_gate)
        {
            var written = Written(folder);
            if (!written.Add(delivery.DeliveryId))
            {
                return Task.CompletedTask;
            }

            if (delivery.Event is DonorErased erased)
            {
                ErasedDonors.Forget(folder, erased.DonorId);
                MarkDelivered(folder, delivery);
                return Task.CompletedTask;
            }

            var contacts = new ContactDirectory(Path.Combine(folder, ".donors.json"));
            if (delivery.Event is DonorChanged donor)
            {
                contacts.Save(donor);
            }

            var row = NpspRow.For(delivery, contacts.Find(delivery.Event.DonorId));
            Append(BatchFile(folder), row);
            MarkDelivered(folder, delivery);
        }

        return Task.CompletedTask;
    }

    /// <summary>A file export has nothing to pull back.</summary>
    public Task<ConstituentPage> PullConstituentsAsync(string? cursor, int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult(ConstituentPage.Empty);

    private static void MarkDelivered(string folder, EventDelivery delivery) =>
        File.AppendAllLines(Path.Combine(folder, ".delivered"), [delivery.DeliveryId.ToString(CultureInfo.InvariantCulture)]);

    private string BatchFile(string folder) =>
        Path.Combine(folder, $"npsp-import-{timeProvider.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HH", CultureInfo.InvariantCulture)}.csv");

    private HashSet<long> Written(string folder)
    {
        var path = Path.Combine(folder, ".delivered");
        return _written ??= File.Exists(path)
            ? [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => long.Parse(l, CultureInfo.InvariantCulture))]
            : [];
    }

    private static void Append(string file, Dictionary<string, string> row)
    {
        var text = new StringBuilder();
        if (!File.Exists(file))
        {
            CsvWriter.AppendRow(text, NpspColumns.All);
        }

        // A donor's name reaches the office's spreadsheet as text, however it starts (the writer's formula guard).
        CsvWriter.AppendRow(text, NpspColumns.All.Select(c => row.GetValueOrDefault(c)));
        File.AppendAllText(file, text.ToString(), new UTF8Encoding(false));
    }
}
