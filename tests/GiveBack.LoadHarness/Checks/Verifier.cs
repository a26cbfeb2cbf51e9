using System.Globalization;
using GiveBack.LoadHarness.Api;

namespace GiveBack.LoadHarness.Checks;

/// <summary>Reads every campaign back through the API and compares its progress with the expectation.</summary>
internal static class Verifier
{
    public static async Task<(bool Ok, ProgressSnapshot[] Snapshots)> CheckAsync(
        GiveBackClient client, Guid[] campaignIds, Expectation expected, string when, CancellationToken stop, TextWriter? log = null)
    {
        log ??= Console.Out;
        var ok = true;
        var snapshots = new ProgressSnapshot[campaignIds.Length];
        for (var c = 0; c < campaignIds.Length; c++)
        {
            var progress = (await client.GetCampaignAsync(campaignIds[c], stop)).Progress;
            snapshots[c] = progress;
            var match = progress.RaisedAmount == expected.Raised[c]
                && progress.GiftCount == expected.Gifts[c]
                && progress.DonorCount == expected.Donors[c];
            ok &= match;
            if (!match || campaignIds.Length <= 3)
            {
                log.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  campaign {c + 1} {when}: raised {progress.RaisedAmount} (expected {expected.Raised[c]}), gifts {progress.GiftCount} (expected {expected.Gifts[c]}), donors {progress.DonorCount} (expected {expected.Donors[c]}) {(match ? "OK" : "MISMATCH")}"));
            }
        }

        if (ok && campaignIds.Length > 3)
        {
            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  all {campaignIds.Length} campaigns {when}: raised {expected.Raised.Sum()}, gifts {expected.Gifts.Sum()} OK"));
        }

        return (ok, snapshots);
    }
}
