using System.Globalization;
using System.Net;
using System.Text.Json;
using GiveBack.Domain.Outreach;
using GiveBack.FunctionalTests.Outreach;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.GivingDays.Endpoints;
using GiveBack.Ledger.Outreach;
using GiveBack.Testing;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.GivingDays;

/// <summary>
/// A giving day's ambassadors on the real host, with the real outreach dispatcher sending through the Email plugin to
/// the real SMTP sink: a link's gifts are soft-credited to the ambassador and thanked once each, the figures and the
/// leaderboard move with them, and the invitation and the nudge reach the ambassador's mailbox.
/// </summary>
public sealed class AmbassadorsApiTests(OutreachWorld outreach) : IClassFixture<OutreachWorld>
{
    private HttpClient Client => outreach.Client;

    private string Today => outreach.World.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_ambassadors_link_brings_three_gifts_each_soft_credited_and_thanked_once_and_the_leaderboard_moves()
    {
        var (_, campaign) = await outreach.World.DonorAndCampaignAsync();
        var amira = await Http.CreateDonorAsync(Client, firstName: "Amira", lastName: "Haddad");
        var bruno = await Http.CreateDonorAsync(Client, firstName: "Bruno", lastName: "Keller");
        var first = await CreateAsync(campaign.Id, new { donorId = amira.Id, goalAmount = 20_000, story = "Class of 2010: let's beat 2009." }, HttpStatusCode.Created);
        var again = await CreateAsync(campaign.Id, new { donorId = amira.Id }, HttpStatusCode.OK);
        // The world's clock stands still: a minute on, so Bruno's link is the younger one (ties list the oldest first).
        outreach.World.Clock.Advance(TimeSpan.FromMinutes(1));
        var other = await CreateAsync(campaign.Id, new { donorId = bruno.Id }, HttpStatusCode.Created);

        Assert.Equal((first.Id, first.Token, first.Link), (again.Id, again.Token, again.Link));
        Assert.Equal(22, first.Token.Length);
        Assert.NotEqual(first.Token, other.Token);
        Assert.True(Uri.TryCreate(first.Link, UriKind.Absolute, out var link));
        Assert.Equal($"/give/a/{first.Token}", link.AbsolutePath);

        // Nothing brought yet: level, they share the first rank, oldest listed first.
        Assert.Equal([(first.Id, 1), (other.Id, 1)], (await ListAsync(campaign.Id)).Select(a => (a.Id, a.Rank!.Value)));

        // Bruno's link brings a gift first: he leads.
        var giver0 = await Http.CreateDonorAsync(Client, firstName: "Zoé");
        await Http.RecordGiftAsync(Client, Gift(giver0.Id, campaign.Id, 5_000, other.Id));
        Assert.Equal([other.Id, first.Id], (await ListAsync(campaign.Id)).Select(a => a.Id));

        // A visitor follows Amira's link anonymously: her page (first name, story, goal) over the giving form, one click each time.
        using var visitor = outreach.World.Server.CreateClient(apiKey: null);
        for (var i = 0; i < 2; i++)
        {
            using var page = await visitor.GetAsync(link.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("Amira supports this campaign", html, StringComparison.Ordinal);
            Assert.Contains("Class of 2010: let&#x27;s beat 2009.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Haddad", html, StringComparison.Ordinal);
        }

        using (var unknown = await visitor.GetAsync("/give/a/not-a-token"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        // Three gifts through Amira's link, the third one retried.
        var givers = new[] { ("Lina", 4_000L), ("Marc", 3_000L), ("Nora", 2_000L) };
        var gifts = new List<GiftResponse>();
        var keys = new List<string>();
        foreach (var (name, amount) in givers)
        {
            var giver = await Http.CreateDonorAsync(Client, firstName: name);
            keys.Add(Guid.NewGuid().ToString());
            gifts.Add(await Http.RecordGiftAsync(Client, Gift(giver.Id, campaign.Id, amount, first.Id), keys[^1]));
        }

        var replayed = await Http.ReadAsync<GiftResponse>(
            await Http.PostAsync(Client, "/api/v1/gifts", Gift(gifts[2].DonorId, campaign.Id, 2_000, first.Id), keys[2]), HttpStatusCode.OK);
        Assert.Equal(gifts[2].Id, replayed.Id);
        Assert.All(gifts, g => Assert.Equal(first.Id, g.AmbassadorId));
        Assert.Equal(first.Id, (await Http.GetAsync<GiftResponse>(Client, $"/api/v1/gifts/{gifts[0].Id}")).AmbassadorId);

        foreach (var gift in gifts)
        {
            var credit = Assert.Single(await Http.GetAsync<JsonElement[]>(Client, $"/api/v1/gifts/{gift.Id}/soft-credits"));
            Assert.Equal((amira.Id, gift.Amount, "ambassador"), (credit.GetProperty("donorId").GetGuid(), credit.GetProperty("amount").GetInt64(), credit.GetProperty("reason").GetString()));
        }

        var board = await ListAsync(campaign.Id);
        Assert.Equal(
            [(first.Id, 2L, 3, 9_000L, 1), (other.Id, 0L, 1, 5_000L, 2)],
            board.Select(a => (a.Id, a.Clicks, a.Donors, a.Amount, a.Rank!.Value)));
        Assert.All(board, a => Assert.Equal("EUR", a.Currency));

        // Three thank-yous, one per gift (the retried gift queued none more), each sent to Amira and naming the giver.
        var thanks = await Eventually.MatchesAsync(
            () => Http.OutreachAsync(Client, amira.Id, OutreachKinds.AmbassadorThankYou),
            m => m.Count == 3 && m.All(x => x.Status == OutreachStatuses.Sent),
            "the three thank-yous to the ambassador to be sent");
        Assert.Equal(gifts.Select(g => g.Id.ToString("N")).Order(), thanks.Select(t => t.Reference).Order());
        var mails = outreach.Smtp.MessagesTo(amira.Email!).Where(m => m.Subject?.StartsWith("A gift to ", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(3, mails.Count);
        foreach (var (name, _) in givers)
        {
            Assert.Single(mails, m => m.TextBody?.Contains($"{name} gave thanks to you.", StringComparison.Ordinal) == true);
        }

        // A reversal: the figures are net of it, and the order holds or moves with them.
        using (var reversal = await Http.PostAsync(Client, $"/api/v1/gifts/{gifts[0].Id}/reversals", new { reason = "Cheque bounced" }))
        {
            Assert.Equal(HttpStatusCode.Created, reversal.StatusCode);
        }

        // Level on amount, Amira leads on donors.
        Assert.Equal(
            [(first.Id, 2, 5_000L, 1), (other.Id, 1, 5_000L, 2)],
            (await ListAsync(campaign.Id)).Select(a => (a.Id, a.Donors, a.Amount, a.Rank!.Value)));
        Assert.Equal(3, (await Http.OutreachAsync(Client, amira.Id, OutreachKinds.AmbassadorThankYou)).Count);
    }

    [Fact]
    public async Task The_invitation_to_the_engagement_modules_ambassadors_and_a_nudge_reach_the_ambassadors_mailbox_once()
    {
        var (_, campaign) = await outreach.World.DonorAndCampaignAsync();
        var now = outreach.World.Clock.GetUtcNow();
        var alum = await Http.CreateDonorAsync(Client, classYear: 2012, firstName: "Inès");
        var activities = new[] { "gave", "graduate-hired", "mentored-student", "volunteered", "volunteered" }
            .Select((type, i) => new { donorId = alum.Id, type, occurredAt = now.AddDays(-(i + 1)) })
            .ToArray();
        await Http.ReadAsync<JsonElement>(await Http.PostAsync(Client, "/api/v1/activities/bulk", new { activities }), HttpStatusCode.Created);
        await Http.ReadAsync<JsonElement>(await Http.PostAsync(Client, "/api/v1/engagement/ambassadors/recompute", new { }), HttpStatusCode.OK);

        var run = await Http.ReadAsync<AmbassadorInvitationsResponse>(
            await Http.PostAsync(Client, $"/api/v1/campaigns/{campaign.Id}/ambassadors/invitations", new { }), HttpStatusCode.OK);
        var rerun = await Http.ReadAsync<AmbassadorInvitationsResponse>(
            await Http.PostAsync(Client, $"/api/v1/campaigns/{campaign.Id}/ambassadors/invitations", new { }), HttpStatusCode.OK);

        Assert.True(run.Candidates >= 1 && run.Created == run.Candidates && run.Invited == run.Candidates, $"{run}");
        Assert.Equal((run.Candidates, 0, 0), (rerun.Candidates, rerun.Created, rerun.Invited));
        var ambassador = Assert.Single(await ListAsync(campaign.Id), a => a.DonorId == alum.Id);
        var invitation = await outreach.StatusAsync(alum.Id, OutreachKinds.AmbassadorInvitation, OutreachStatuses.Sent);
        var invited = Assert.Single(outreach.Smtp.MessagesTo(alum.Email!), m => m.Subject == invitation.Subject);
        Assert.StartsWith("Be an ambassador for ", invited.Subject, StringComparison.Ordinal);
        Assert.Contains(ambassador.Link, invited.TextBody, StringComparison.Ordinal);

        var key = Guid.NewGuid().ToString();
        var nudged = await Http.ReadAsync<AmbassadorNudgeResponse>(
            await Http.PostAsync(Client, $"/api/v1/campaigns/{campaign.Id}/ambassadors/{ambassador.Id}/nudge", new { }, key), HttpStatusCode.Accepted);
        var retried = await Http.ReadAsync<AmbassadorNudgeResponse>(
            await Http.PostAsync(Client, $"/api/v1/campaigns/{campaign.Id}/ambassadors/{ambassador.Id}/nudge", new { }, key), HttpStatusCode.Accepted);
        Assert.Equal((true, false), (nudged.Queued, retried.Queued));
        var nudge = await outreach.StatusAsync(alum.Id, OutreachKinds.AmbassadorNudge, OutreachStatuses.Sent);
        var mail = Assert.Single(outreach.Smtp.MessagesTo(alum.Email!), m => m.Subject == nudge.Subject);
        Assert.Contains("your link has brought €0.00 from 0 donors", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(ambassador.Link, mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_the_field_named_and_nothing_is_open_without_a_key()
    {
        var (_, campaign) = await outreach.World.DonorAndCampaignAsync();
        var (_, elsewhere) = await outreach.World.DonorAndCampaignAsync();
        var donor = await Http.CreateDonorAsync(Client);
        var path = $"/api/v1/campaigns/{campaign.Id}/ambassadors";

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(await Http.PostAsync(Client, path, new { }), HttpStatusCode.BadRequest), "donorId"));
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(await Http.PostAsync(Client, path, new { donorId = Guid.NewGuid() }), HttpStatusCode.BadRequest), "donorId"));
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(await Http.PostAsync(Client, path, new { donorId = donor.Id, goalAmount = -5 }), HttpStatusCode.BadRequest), "goalAmount"));
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(await Http.PostAsync(Client, path, new { donorId = donor.Id, story = new string('x', 501) }), HttpStatusCode.BadRequest), "story"));
        await Http.ProblemAsync(await Http.PostAsync(Client, $"/api/v1/campaigns/{Guid.NewGuid()}/ambassadors", new { donorId = donor.Id }), HttpStatusCode.NotFound);
        await Http.ProblemAsync(await Http.PostAsync(Client, $"{path}/{Guid.NewGuid()}/nudge", new { }), HttpStatusCode.NotFound);

        // A gift may name an ambassador of its own campaign only.
        var theirs = await CreateAsync(elsewhere.Id, new { donorId = donor.Id }, HttpStatusCode.Created);
        var giver = await Http.CreateDonorAsync(Client);
        var refused = await Http.ProblemAsync(
            await Http.PostAsync(Client, "/api/v1/gifts", Gift(giver.Id, campaign.Id, 1_000, theirs.Id), Guid.NewGuid().ToString()), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(Http.ErrorsFor(refused, "ambassadorId"));
        var unknown = await Http.ProblemAsync(
            await Http.PostAsync(Client, "/api/v1/gifts", Gift(giver.Id, campaign.Id, 1_000, Guid.NewGuid()), Guid.NewGuid().ToString()), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(Http.ErrorsFor(unknown, "ambassadorId"));
        Assert.DoesNotContain(await ListAsync(campaign.Id), a => a.Amount != 0);

        using var anonymous = outreach.World.Server.CreateClient(apiKey: null);
        using (var list = await anonymous.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        }

        using (var create = await Http.PostAsync(anonymous, path, new { donorId = donor.Id }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
        }

        using (var invite = await Http.PostAsync(anonymous, $"{path}/invitations", new { }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, invite.StatusCode);
        }
    }

    private object Gift(Guid donorId, Guid campaignId, long amount, Guid ambassadorId) =>
        new { donorId, campaignId, amount, currency = "EUR", receivedOn = Today, method = "cheque", ambassadorId };

    private async Task<AmbassadorResponse> CreateAsync(Guid campaignId, object body, HttpStatusCode expected) =>
        await Http.ReadAsync<AmbassadorResponse>(await Http.PostAsync(Client, $"/api/v1/campaigns/{campaignId}/ambassadors", body), expected);

    private Task<List<AmbassadorResponse>> ListAsync(Guid campaignId) =>
        Http.GetAsync<List<AmbassadorResponse>>(Client, $"/api/v1/campaigns/{campaignId}/ambassadors");
}
