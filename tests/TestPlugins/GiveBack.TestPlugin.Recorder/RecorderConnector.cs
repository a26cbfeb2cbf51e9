using System.Globalization;
using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Events;
using GiveBack.TestPlugins.Shared;
using Microsoft.Extensions.Configuration;

namespace GiveBack.TestPlugin.Recorder;

/// <summary>Records every delivery; fails for the donors listed in <c>FailDonors</c> (read live, so a test can heal it).</summary>
public sealed class RecorderConnector(IConfiguration configuration) : ICrmConnector
{
    private static readonly ExternalConstituent[] Crm =
    [
        .. Enumerable.Range(1, 5).Select(i => new ExternalConstituent(
            $"003-{i}", null, $"person{i}@example.org", $"First{i}", $"Last{i}", DateTimeOffset.UnixEpoch.AddDays(i))),
    ];

    public bool Accepts(string eventType) => true;

    public Task PushAsync(EventDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var failing = (configuration["FailDonors"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (failing.Contains(delivery.Event.DonorId.ToString(), StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The CRM rejected donor {delivery.Event.DonorId}.");
        }

        TestRecorder.Record(configuration, delivery);
        return Task.CompletedTask;
    }

    public Task<ConstituentPage> PullConstituentsAsync(string? cursor, int maxCount, CancellationToken cancellationToken)
    {
        var from = cursor is null ? 0 : int.Parse(cursor, CultureInfo.InvariantCulture);
        var page = Crm.Skip(from).Take(maxCount).ToList();
        var next = from + page.Count;
        return Task.FromResult(new ConstituentPage(page, next.ToString(CultureInfo.InvariantCulture), next < Crm.Length));
    }
}
