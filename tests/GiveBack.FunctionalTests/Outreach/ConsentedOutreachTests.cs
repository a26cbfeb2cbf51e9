using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using GiveBack.Domain.Calendar;
using GiveBack.Domain.Outreach;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Jobs;
using GiveBack.Payments.Stripe.Receipts;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.FunctionalTests.Outreach;

/// <summary>
/// Consent per purpose at the real SMTP server: a donor who withdrew appeals on e-mail (through the API) gets no
/// LYBUNT appeal from the real Quartz job — the message is recorded opted-out with the purpose — yet still gets the
/// thank-you with the receipt for their gift, which is transactional.
/// </summary>
public sealed class ConsentedOutreachTests(OutreachWorld outreach) : IClassFixture<OutreachWorld>
{
    private Pledges.PledgeWorld World => outreach.World;

    [Fact]
    public async Task A_donor_who_withdrew_appeals_on_email_gets_no_appeal_but_still_gets_the_receipt_of_their_gift()
    {
        var fiscal = World.Server.Services.GetRequiredService<FiscalCalendar>();
        var year = fiscal.FiscalYearOf(World.Today);
        var appealDay = new DateOnly(fiscal.EndOf(year).Year, 3, 1);
        if (appealDay < World.Today)
        {
            year++;
            appealDay = appealDay.AddYears(1);
        }

        // The receipt job follows the ledger from its first run: the gift below is booked after it.
        await World.RunJobAsync(OfflineReceiptJob.Key);
        var campaign = await Http.ReadAsync<CampaignResponse>(await Http.PostAsync(World.Client, "/api/v1/campaigns", new
        {
            name = $"Annual Fund {Guid.NewGuid():N}", currency = "EUR", goalAmount = 100_000, startsOn = Day(fiscal.StartOf(year - 1)), endsOn = Day(fiscal.EndOf(year)),
        }), HttpStatusCode.Created);
        var withdrawn = await Http.CreateDonorAsync(World.Client);
        var consenting = await Http.CreateDonorAsync(World.Client);
        using var put = await World.Client.PutAsJsonAsync(
            $"/api/v1/donors/{withdrawn.Id}/consents", new { consents = new[] { new { channel = "email", purpose = "appeals", granted = false } } }, Json.Options);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await Http.RecordGiftAsync(World.Client, Http.Gift(withdrawn.Id, campaign.Id, 2_500, receivedOn: Day(fiscal.StartOf(year - 1))));
        await Http.RecordGiftAsync(World.Client, Http.Gift(consenting.Id, campaign.Id, 1_500, receivedOn: Day(fiscal.StartOf(year - 1))));

        await World.RunJobAsync(OfflineReceiptJob.Key);
        var thanks = await outreach.SettledAsync(withdrawn.Id, ThankYouOutreach.Kind);
        World.SetToday(appealDay);
        await World.RunJobAsync(LybuntAppealJob.Key);
        var appeal = await outreach.SettledAsync(withdrawn.Id, OutreachKinds.LybuntAppeal);
        var sentAppeal = await outreach.SettledAsync(consenting.Id, OutreachKinds.LybuntAppeal);

        Assert.Equal(OutreachStatuses.Sent, thanks.Status);
        Assert.Equal((OutreachStatuses.OptedOut, "the donor consented to no channel for appeals"), (appeal.Status, appeal.LastError));
        Assert.Equal(OutreachStatuses.Sent, sentAppeal.Status);
        var mail = Assert.Single(outreach.Smtp.MessagesTo(withdrawn.Email!));
        Assert.Equal(thanks.Subject, mail.Subject);
        Assert.Contains(outreach.Smtp.MessagesTo(consenting.Email!), m => m.Subject == "We missed you this year");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
