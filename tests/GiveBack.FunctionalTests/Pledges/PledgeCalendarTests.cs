using System.Net;
using GiveBack.Domain.Outreach;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Pledges.Jobs;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Pledges;

public sealed class PledgeCalendarTests : IAsyncLifetime
{
    private readonly PledgeWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task A_twelve_installment_pledge_driven_through_a_year_is_reminded_marked_overdue_and_fulfilled()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        var pledge = await _world.PledgeAsync(donor.Id, campaign.Id, 120_000, 12, "2026-02-01");
        Assert.Equal(12, pledge.Installments.Count);
        const int lateInstallment = 5;

        for (var number = 1; number <= 12; number++)
        {
            var dueOn = pledge.Installments[number - 1].DueOn;
            _world.SetToday(dueOn.AddDays(-7));
            await _world.RunJobAsync(InstallmentReminderJob.Key);
            await _world.RunJobAsync(InstallmentReminderJob.Key); // a rerun sends nothing more

            _world.SetToday(dueOn);
            if (number == lateInstallment)
            {
                _world.SetToday(dueOn.AddDays(1));
                await _world.RunJobAsync(OverdueInstallmentJob.Key);
                var late = await _world.GetPledgeAsync(pledge.Id);
                Assert.Equal("overdue", late.Status);
                Assert.Equal("overdue", late.Installments[lateInstallment - 1].Status);
                continue;
            }

            // The next payment after the missed one covers two installments: the oldest is paid first.
            var amount = number == lateInstallment + 1 ? 20_000 : 10_000;
            Assert.Equal(HttpStatusCode.Created, (await _world.PayAsync(donor.Id, campaign.Id, pledge.Id, amount)).StatusCode);
            if (number == lateInstallment + 1)
            {
                var caughtUp = await _world.GetPledgeAsync(pledge.Id);
                Assert.Equal("active", caughtUp.Status);
                Assert.All(caughtUp.Installments.Take(lateInstallment + 1), i => Assert.Equal("paid", i.Status));
            }
        }

        var fulfilled = await _world.GetPledgeAsync(pledge.Id);
        Assert.Equal(("fulfilled", 120_000L, 0L), (fulfilled.Status, fulfilled.PaidAmount, fulfilled.BalanceAmount));
        var reminders = await _world.MessagesAsync(OutreachKinds.PledgeReminder, donor.Id);
        Assert.Equal(12, reminders.Count);
        Assert.Equal(12, reminders.Select(r => r.Reference).Distinct().Count());
        var progress = (await Http.GetAsync<CampaignResponse>(_world.Client, $"/api/v1/campaigns/{campaign.Id}")).Progress;
        Assert.Equal((120_000L, 120_000L), (progress.RaisedAmount, progress.CommittedAmount));
    }

    [Fact]
    public async Task An_installment_left_unpaid_past_the_grace_period_gets_one_follow_up()
    {
        var (donor, campaign) = await _world.DonorAndCampaignAsync();
        var pledge = await _world.PledgeAsync(donor.Id, campaign.Id, 3_000, 3, "2026-01-15");

        _world.SetToday(new DateOnly(2026, 1, 16));
        await _world.RunJobAsync(OverdueInstallmentJob.Key);
        Assert.Empty(await _world.MessagesAsync(OutreachKinds.PledgeFollowUp, donor.Id));

        _world.SetToday(new DateOnly(2026, 1, 29));
        await _world.RunJobAsync(OverdueInstallmentJob.Key);
        await _world.RunJobAsync(OverdueInstallmentJob.Key);

        var followUp = Assert.Single(await _world.MessagesAsync(OutreachKinds.PledgeFollowUp, donor.Id));
        Assert.Equal($"{pledge.Id}:1", followUp.Reference);
        Assert.Equal("overdue", (await _world.GetPledgeAsync(pledge.Id)).Status);
    }
}
