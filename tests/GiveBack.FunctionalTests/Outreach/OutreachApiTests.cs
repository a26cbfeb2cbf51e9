using System.Globalization;
using System.Net;
using GiveBack.Api.Security;
using GiveBack.Domain.Outreach;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Endpoints;
using GiveBack.Pledges.Jobs;
using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Testing.Host;
using GiveBack.Testing;

namespace GiveBack.FunctionalTests.Outreach;

/// <summary>
/// GET /api/v1/outreach and POST /api/v1/outreach/{id}/resend on the shared host, whose Email plugin is deployed but
/// not configured: its messages are settled as no-channel, which is what staff need to see and resend.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class OutreachApiTests(ServerFixture fixture)
{
    private readonly GiveBackServer _server = fixture.Server;

    [Fact]
    public async Task The_list_shows_each_message_with_its_outcome_filters_by_donor_kind_and_status_and_pages()
    {
        using var staff = _server.CreateClient();
        var donorId = await DonorWithThreeRemindersAsync(staff);

        var first = await ListAsync(staff, $"donorId={donorId}&limit=2");
        var rest = await ListAsync(staff, $"donorId={donorId}&limit=2&offset=2");
        var byKindAndStatus = await ListAsync(staff, $"donorId={donorId}&kind=pledge-reminder&status=no-channel");

        Assert.Equal((3, 2, 0, 2), (first.Total, first.Items.Count, first.Offset, first.Limit));
        Assert.Equal((3, 1), (rest.Total, rest.Items.Count));
        Assert.Equal(3, byKindAndStatus.Total);
        Assert.True(first.Items[0].Id > first.Items[1].Id && first.Items[1].Id > rest.Items[0].Id, "newest first");
        Assert.Equal(0, (await ListAsync(staff, $"donorId={donorId}&status=sent")).Total);
        Assert.Equal(0, (await ListAsync(staff, $"donorId={donorId}&kind=lybunt-appeal")).Total);
        var message = first.Items[0];
        Assert.Equal((OutreachKinds.PledgeReminder, MessageKind.Reminder, donorId), (message.Kind, message.MessageKind, message.DonorId));
        Assert.Equal((0, null, null, null), (message.Attempts, message.Channel, message.SentAt, message.NextAttemptAt));
        Assert.Contains("email", message.LastError, StringComparison.Ordinal);
        Assert.StartsWith("Your pledge installment of €", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_puts_the_message_back_in_the_queue_with_attempts_reset_and_an_unknown_id_is_a_404()
    {
        using var staff = _server.CreateClient();
        var donorId = await DonorWithThreeRemindersAsync(staff);
        var message = (await ListAsync(staff, $"donorId={donorId}&limit=1")).Items[0];

        var resent = await Http.ReadAsync<OutreachMessageResponse>(
            await staff.PostAsync($"/api/v1/outreach/{message.Id}/resend", null), HttpStatusCode.Accepted);
        var unknown = await staff.PostAsync("/api/v1/outreach/999999999/resend", null);

        Assert.Equal((message.Id, OutreachStatuses.Queued, 0, null), (resent.Id, resent.Status, resent.Attempts, resent.LastError));
        Assert.NotNull(resent.NextAttemptAt);
        Assert.Equal("No such outreach message", (await Http.ProblemAsync(unknown, HttpStatusCode.NotFound)).GetProperty("title").GetString());
        await Eventually.TrueAsync(
            async () => (await ListAsync(staff, $"donorId={donorId}&status=no-channel")).Total == 3,
            "the resent message to be settled again");
    }

    [Fact]
    public async Task Reading_needs_a_key_and_resending_needs_a_gift_officer_or_an_administrator()
    {
        using var staff = _server.CreateClient();
        var donorId = await DonorWithThreeRemindersAsync(staff);
        var id = (await ListAsync(staff, $"donorId={donorId}&limit=1")).Items[0].Id;
        using var viewer = _server.CreateClient(await NewKeyAsync(staff, "viewer"));
        using var anonymous = _server.CreateClient(apiKey: null);

        Assert.Equal(3, (await ListAsync(viewer, $"donorId={donorId}")).Total);
        await Http.ProblemAsync(await viewer.PostAsync($"/api/v1/outreach/{id}/resend", null), HttpStatusCode.Forbidden);
        await Http.ProblemAsync(await anonymous.GetAsync("/api/v1/outreach"), HttpStatusCode.Unauthorized);
        await Http.ProblemAsync(await anonymous.PostAsync($"/api/v1/outreach/{id}/resend", null), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("status=bogus", "status")]
    [InlineData("donorId=not-a-guid", "donorId")]
    [InlineData("limit=0", "limit")]
    [InlineData("offset=-1", "offset")]
    public async Task A_bad_filter_is_a_validation_problem_naming_the_field(string query, string field)
    {
        using var staff = _server.CreateClient();

        var problem = await Http.ProblemAsync(await staff.GetAsync($"/api/v1/outreach?{query}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(Http.ErrorsFor(problem, field));
    }

    /// <summary>A donor with three one-installment pledges falling due in the coming days, reminded by the real job.</summary>
    private async Task<Guid> DonorWithThreeRemindersAsync(HttpClient staff)
    {
        var donor = await Http.CreateDonorAsync(staff);
        var campaign = await Http.ReadAsync<GiveBack.Giving.Endpoints.Campaigns.CampaignResponse>(await Http.PostAsync(staff, "/api/v1/campaigns", new
        {
            name = $"Reunion {Guid.NewGuid():N}", currency = "EUR", goalAmount = 1_000_000,
            startsOn = Day(DateTime.UtcNow.AddDays(-1)), endsOn = Day(DateTime.UtcNow.AddYears(1)),
        }), HttpStatusCode.Created);
        for (var days = 1; days <= 3; days++)
        {
            await Http.ReadAsync<GiveBack.Pledges.Endpoints.PledgeResponse>(await Http.PostAsync(staff, "/api/v1/pledges", new
            {
                donorId = donor.Id, campaignId = campaign.Id, amount = 1_000 * days, currency = "EUR", installmentCount = 1,
                frequency = "monthly", firstDueOn = Day(DateTime.UtcNow.AddDays(days)),
            }), HttpStatusCode.Created);
        }

        await _server.RunJobAsync(InstallmentReminderJob.Key);
        await Eventually.TrueAsync(
            async () => (await ListAsync(staff, $"donorId={donor.Id}&status=no-channel")).Total == 3,
            "the three reminders to be settled as no-channel (the Email plugin is not configured here)");
        return donor.Id;
    }

    private static Task<Page<OutreachMessageResponse>> ListAsync(HttpClient client, string query) =>
        Http.GetAsync<Page<OutreachMessageResponse>>(client, $"/api/v1/outreach?{query}");

    private static async Task<string> NewKeyAsync(HttpClient admin, string role) =>
        (await Http.ReadAsync<ApiKeyResponse>(
            await Http.PostAsync(admin, "/api/v1/api-keys", new { name = $"{role} key", role }), HttpStatusCode.Created)).Key!;

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
