using System.Globalization;
using GiveBack.FaultHarness.Cluster;
using GiveBack.LoadHarness.Checks;

namespace GiveBack.FaultHarness.Load;

/// <summary>
/// "ledger = campaign = donors": the campaign's ledger rows (its gift export) are exactly the acknowledged gifts — none
/// lost, none doubled, the same ids —, and every running host reports the campaign's progress and every donor's
/// lifetime giving equal to them.
/// </summary>
internal static class Figures
{
    public static async Task<bool> AgreeAsync(
        IReadOnlyList<ServerProcess> hosts, Guid campaignId, Guid[] donorIds, GiftLoad load, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var booked = load.Acknowledged();
        var plan = load.Plan;
        var running = hosts.Where(h => h.Running).ToList();

        var ledger = LedgerRows.Parse(await running[0].Client.GetTextAsync($"/api/v1/campaigns/{campaignId}/gifts/export", cancellationToken));
        var ledgerIds = ledger.Where(r => r.Kind == "gift").Select(r => r.GiftId).ToList();
        var acknowledgedIds = booked.Select(load.IdOf).ToHashSet();
        var ledgerOk = ledgerIds.Count == booked.Length && ledgerIds.ToHashSet().SetEquals(acknowledgedIds.OfType<Guid>())
            && !acknowledgedIds.Contains(null);
        Console.WriteLine(string.Create(inv,
            $"  ledger: {ledgerIds.Count} gift rows, {ledgerIds.Distinct().Count()} distinct, {booked.Length} acknowledged, sum {ledger.Sum(r => r.Amount)} {(ledgerOk ? "OK" : "MISMATCH")}"));

        var expected = Expectation.From(plan, booked, 1);
        var ok = ledgerOk && ledger.Sum(r => r.Amount) == expected.Raised[0];
        foreach (var host in running)
        {
            Console.Write($"  {host.Name}:");
            ok &= (await Verifier.CheckAsync(host.Client, [campaignId], expected, "", cancellationToken)).Ok;
        }

        var perDonor = booked.GroupBy(i => plan[i].Donor).ToDictionary(g => g.Key, g => (Amount: g.Sum(i => plan[i].Amount), Count: g.Count()));
        var donorMismatches = 0;
        foreach (var host in running)
        {
            for (var d = 0; d < donorIds.Length; d++)
            {
                var giving = (await host.Client.GetJsonAsync<DonorSnapshot>($"/api/v1/donors/{donorIds[d]}", cancellationToken)).Giving;
                var want = perDonor.GetValueOrDefault(d);
                if (giving.LifetimeAmount != want.Amount || giving.GiftCount != want.Count)
                {
                    donorMismatches++;
                    Console.WriteLine(string.Create(inv,
                        $"  {host.Name}: donor {d} gave {giving.LifetimeAmount} in {giving.GiftCount} gifts, the acknowledged gifts say {want.Amount} in {want.Count} MISMATCH"));
                }
            }
        }

        Console.WriteLine(string.Create(inv, $"  donors: {donorIds.Length} donors on {running.Count} hosts, {donorMismatches} mismatches"));
        return ok && donorMismatches == 0;
    }
}
