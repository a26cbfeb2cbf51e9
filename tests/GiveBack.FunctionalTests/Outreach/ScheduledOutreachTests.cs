using System.Globalization;
using System.Net.Http.Json;
using System.Net;
using GiveBack.Domain.Calendar;
using GiveBack.Domain.Outreach;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Jobs;
using GiveBack.Pledges.Jobs;
using GiveBack.Testing.Host;
using GiveBack.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.FunctionalTests.Outreach;

/// <summary>
/// Queue → dispatcher → Email plugin → SMTP, driven on the fake clock through the real Quartz jobs: each scheduled
/// message reaches the SMTP server once, in the donor's language, and the installment is stamped only once it did.
/// </summary>
public sealed class ScheduledOutreachTests(OutreachWorld outreach) : IClassFixture<OutreachWorld>
{
    private Pledges.PledgeWorld World => outreach.World;

    [Fact]
    public async Task A_pledge_reminder_reaches_the_smtp_server_once_and_only_then_stamps_the_installment()
    {
        var (donor, campaign) = await World.DonorAndCampaignAsync();
        var due = World.Today.AddDays(30);
        var pledge = await World.PledgeAsync(donor.Id, campaign.Id, 5_000, 1, Day(due));

        World.SetToday(due.AddDays(-7));
        await World.RunJobAsync(InstallmentReminderJob.Key);
        var reminder = await outreach.SettledAsync(donor.Id, OutreachKinds.PledgeReminder);
        await World.RunJobAsync(InstallmentReminderJob.Key);

        Assert.Equal((OutreachStatuses.Sent, "email", 1), (reminder.Status, reminder.Channel, reminder.Attempts));
        Assert.Equal($"Your pledge installment of €50.00 is due on {due.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}", reminder.Subject);
        var mail = Assert.Single(outreach.Smtp.MessagesTo(donor.Email!));
        Assert.Equal(reminder.Subject, mail.Subject);
        Assert.Contains(campaign.Name, mail.TextBody, StringComparison.Ordinal);
        Assert.EndsWith(OutreachWorld.Institution + "\n", mail.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(OutreachWorld.Institution, Assert.Single(mail.From.Mailboxes).Name);
        Assert.Single(await World.MessagesAsync(OutreachKinds.PledgeReminder, donor.Id));
        await Eventually.TrueAsync(() => outreach.StampedAsync("reminder_sent_at", pledge.Id, 1), "the installment to be stamped once its message was sent");
    }

    [Fact]
    public async Task An_overdue_follow_up_reaches_the_smtp_server_once_in_french_for_a_french_speaking_donor()
    {
        var (donor, campaign) = await World.DonorAndCampaignAsync();
        await World.Client.PatchAsync($"/api/v1/donors/{donor.Id}", JsonContent.Create(new { language = "fr" }));
        var due = World.Today.AddDays(1);
        var pledge = await World.PledgeAsync(donor.Id, campaign.Id, 12_345, 1, Day(due));

        World.SetToday(due.AddDays(1));
        await World.RunJobAsync(OverdueInstallmentJob.Key);
        World.SetToday(due.AddDays(14));
        await World.RunJobAsync(OverdueInstallmentJob.Key);
        var followUp = await outreach.SettledAsync(donor.Id, OutreachKinds.PledgeFollowUp);
        await World.RunJobAsync(OverdueInstallmentJob.Key);

        Assert.Equal(OutreachStatuses.Sent, followUp.Status);
        Assert.Equal("Une échéance de 123,45\u00a0€ reste à régler", followUp.Subject);
        var mail = Assert.Single(outreach.Smtp.MessagesTo(donor.Email!));
        Assert.Contains(due.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR")), mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>123,45\u00a0€</strong>", WebUtility.HtmlDecode(mail.HtmlBody), StringComparison.Ordinal);
        Assert.Single(await World.MessagesAsync(OutreachKinds.PledgeFollowUp, donor.Id));
        await Eventually.TrueAsync(() => outreach.StampedAsync("follow_up_sent_at", pledge.Id, 1), "the installment to be stamped once its message was sent");
        Assert.Equal("overdue", (await World.GetPledgeAsync(pledge.Id)).Status);
    }

    [Fact]
    public async Task A_lybunt_appeal_reaches_the_smtp_server_once_per_fiscal_year()
    {
        var fiscal = World.Server.Services.GetRequiredService<FiscalCalendar>();
        var year = fiscal.FiscalYearOf(World.Today);
        var appealDay = new DateOnly(fiscal.EndOf(year).Year, 3, 1);
        if (appealDay < World.Today)
        {
            year++;
            appealDay = appealDay.AddYears(1);
        }

        var campaign = await Http.ReadAsync<CampaignResponse>(await Http.PostAsync(World.Client, "/api/v1/campaigns", new
        {
            name = $"Annual Fund {Guid.NewGuid():N}", currency = "EUR", goalAmount = 100_000, startsOn = Day(fiscal.StartOf(year - 1)), endsOn = Day(fiscal.EndOf(year)),
        }), HttpStatusCode.Created);
        var lapsed = await Http.CreateDonorAsync(World.Client);
        await Http.RecordGiftAsync(World.Client, Http.Gift(lapsed.Id, campaign.Id, 2_500, receivedOn: Day(fiscal.StartOf(year - 1))));

        World.SetToday(appealDay);
        await World.RunJobAsync(LybuntAppealJob.Key);
        var appeal = await outreach.SettledAsync(lapsed.Id, OutreachKinds.LybuntAppeal);
        await World.RunJobAsync(LybuntAppealJob.Key);

        Assert.Equal((OutreachStatuses.Sent, $"FY{year}:{lapsed.Id}"), (appeal.Status, appeal.Reference));
        var mail = Assert.Single(outreach.Smtp.MessagesTo(lapsed.Email!));
        Assert.Equal("We missed you this year", mail.Subject);
        Assert.Contains($"Fiscal year {year} is under way", mail.TextBody, StringComparison.Ordinal);
        Assert.Single(await World.MessagesAsync(OutreachKinds.LybuntAppeal, lapsed.Id));
    }

    [Fact]
    public async Task With_the_smtp_server_down_the_reminder_fails_with_the_reason_and_is_sent_once_it_is_back_and_only_then_stamped()
    {
        var (donor, campaign) = await World.DonorAndCampaignAsync();
        var due = World.Today.AddDays(30);
        var pledge = await World.PledgeAsync(donor.Id, campaign.Id, 3_000, 1, Day(due));
        await outreach.Smtp.StopAsync();
        try
        {
            World.SetToday(due.AddDays(-7));
            await World.RunJobAsync(InstallmentReminderJob.Key);
            var failed = await outreach.StatusAsync(donor.Id, OutreachKinds.PledgeReminder, OutreachStatuses.Failed);

            Assert.Equal(1, failed.Attempts);
            Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
            Assert.True(failed.NextAttemptAt > World.Clock.GetUtcNow());
            Assert.False(await outreach.StampedAsync("reminder_sent_at", pledge.Id, 1));
        }
        finally
        {
            await outreach.Smtp.RestartAsync();
        }

        World.Clock.Advance(TimeSpan.FromHours(1));
        var sent = await outreach.StatusAsync(donor.Id, OutreachKinds.PledgeReminder, OutreachStatuses.Sent);

        Assert.Equal((2, null), (sent.Attempts, sent.LastError));
        Assert.Single(outreach.Smtp.MessagesTo(donor.Email!));
        await Eventually.TrueAsync(() => outreach.StampedAsync("reminder_sent_at", pledge.Id, 1), "the installment to be stamped once its message was sent");
    }

    [Fact]
    public async Task An_opted_out_donor_is_recorded_opted_out_gets_nothing_and_is_not_stamped_until_they_opt_back_in()
    {
        var (donor, campaign) = await World.DonorAndCampaignAsync();
        await Http.ReadAsync<DonorResponse>(
            await World.Client.PatchAsync($"/api/v1/donors/{donor.Id}", JsonContent.Create(new { emailOptOut = true })), HttpStatusCode.OK);
        var first = World.Today.AddDays(5);
        var pledge = await World.PledgeAsync(donor.Id, campaign.Id, 2_000, 2, Day(first));

        await World.RunJobAsync(InstallmentReminderJob.Key);
        var optedOut = await outreach.SettledAsync(donor.Id, OutreachKinds.PledgeReminder);

        Assert.Equal((OutreachStatuses.OptedOut, $"{pledge.Id}:1"), (optedOut.Status, optedOut.Reference));
        Assert.False(await outreach.StampedAsync("reminder_sent_at", pledge.Id, 1));

        await World.Client.PatchAsync($"/api/v1/donors/{donor.Id}", JsonContent.Create(new { emailOptOut = false }));
        World.SetToday(pledge.Installments[1].DueOn.AddDays(-7));
        await World.RunJobAsync(InstallmentReminderJob.Key);
        var reminders = await Eventually.MatchesAsync(
            () => World.MessagesAsync(OutreachKinds.PledgeReminder, donor.Id),
            m => m.Any(r => r.Reference == $"{pledge.Id}:2" && r.Status == OutreachStatuses.Sent),
            "the second installment's reminder to be sent");

        Assert.Equal(OutreachStatuses.OptedOut, Assert.Single(reminders, r => r.Reference == $"{pledge.Id}:1").Status);
        Assert.Single(outreach.Smtp.MessagesTo(donor.Email!));
        await Eventually.TrueAsync(() => outreach.StampedAsync("reminder_sent_at", pledge.Id, 2), "the installment to be stamped once its message was sent");
    }

    [Fact]
    public async Task Two_hosts_dispatching_one_queue_send_each_message_once()
    {
        await using var sibling = await World.Server.StartSiblingAsync();
        var due = World.Today.AddDays(20);
        var donors = new List<DonorResponse>();
        for (var i = 0; i < 8; i++)
        {
            var (donor, campaign) = await World.DonorAndCampaignAsync();
            await World.PledgeAsync(donor.Id, campaign.Id, 1_000, 1, Day(due));
            donors.Add(donor);
        }

        World.SetToday(due.AddDays(-7));
        await World.RunJobAsync(InstallmentReminderJob.Key);
        foreach (var donor in donors)
        {
            Assert.Equal(OutreachStatuses.Sent, (await outreach.SettledAsync(donor.Id, OutreachKinds.PledgeReminder)).Status);
        }

        Assert.All(donors, d => Assert.Single(outreach.Smtp.MessagesTo(d.Email!)));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
