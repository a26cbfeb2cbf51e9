using System.Net;
using System.Text.Json;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Domain.Paging;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

/// <summary>
/// Giving page → Stripe → webhook → donor matching, through the real host: an e-mail typed on the page is not proof of
/// identity, so a payment joins a known donor only when the e-mail and the name agree; otherwise it makes a new donor
/// and a possible duplicate for staff.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class DonorMatchingTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_payer_with_a_known_email_and_the_same_name_is_that_donor_whatever_the_case_and_accents()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var local = Guid.NewGuid().ToString("N");
        var alumnus = await CreateDonorAsync("ÀDA", "lovelace", $"{local.ToUpperInvariant()}@Example.ORG");

        var checkout = await fixture.CheckoutAsync(campaign, 2_000, email: $"{local}@example.org");
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();

        var gift = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id));
        Assert.Equal(alumnus.Id, gift.GetProperty("donorId").GetGuid());
        Assert.DoesNotContain(await PossibleDuplicatesAsync(), d => d.DonorId == alumnus.Id || d.DuplicateDonorId == alumnus.Id);
    }

    [Fact]
    public async Task A_payer_with_a_known_email_and_another_name_becomes_a_new_donor_listed_as_a_possible_duplicate()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var alumnus = await CreateDonorAsync("Grace", "Hopper", email);
        await Http.RecordGiftAsync(fixture.Staff, Http.Gift(alumnus.Id, campaign.Id, 5_000));
        var before = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/donors/{alumnus.Id}");

        // The fixture's payer is Ada Lovelace, who typed Grace Hopper's address.
        var checkout = await fixture.CheckoutAsync(campaign, 2_500, email: email);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();

        var online = Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id), g => g.GetProperty("amount").GetInt64() == 2_500);
        var payerId = online.GetProperty("donorId").GetGuid();
        Assert.NotEqual(alumnus.Id, payerId);
        var payer = await Http.GetAsync<DonorResponse>(fixture.Staff, $"/api/v1/donors/{payerId}");
        Assert.Equal(("Ada", "Lovelace", email), (payer.FirstName, payer.LastName, payer.Email));
        var after = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/donors/{alumnus.Id}");
        Assert.Equal(before.GetProperty("giving").GetRawText(), after.GetProperty("giving").GetRawText());
        Assert.Equal(5_000, await fixture.ScalarAsync<long>("SELECT COALESCE(sum(amount), 0)::bigint FROM ledger_entries WHERE donor_id = @d", ("d", alumnus.Id)));

        var duplicate = Assert.Single(await PossibleDuplicatesAsync(), d => d.DonorId == alumnus.Id);
        Assert.Equal((payerId, "same e-mail, different name", "open"), (duplicate.DuplicateDonorId, duplicate.Reason, duplicate.Status));

        // The review queue shows the pair with its score and reasons, by the rules every door applies.
        var queued = (await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/duplicates?donorId={alumnus.Id}")).GetProperty("items");
        // Other tests of this fixture give as Grace Hopper too (same name, no class year): only the pair with the payer is this test's.
        var suggestion = Assert.Single(queued.EnumerateArray(), s => s.GetProperty("donorIds").EnumerateArray().Any(i => i.GetGuid() == payerId));
        Assert.Equal([alumnus.Id, payerId], suggestion.GetProperty("donorIds").EnumerateArray().Select(i => i.GetGuid()));
        Assert.Equal(0.9, suggestion.GetProperty("score").GetDouble());
        Assert.Contains("same e-mail", suggestion.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        // The same payer again: the new donor is theirs now (e-mail and name agree), and the pair is listed once.
        var again = await fixture.CheckoutAsync(campaign, 1_000, email: email);
        await fixture.Emulator.Control.CompleteCheckoutAsync(again.SessionId);
        await fixture.SettledAsync();
        Assert.Equal(payerId, Assert.Single(await fixture.CampaignGiftsAsync(campaign.Id), g => g.GetProperty("amount").GetInt64() == 1_000).GetProperty("donorId").GetGuid());
        Assert.Single(await PossibleDuplicatesAsync(), d => d.DonorId == alumnus.Id);
    }

    [Fact]
    public async Task The_possible_duplicates_list_needs_a_staff_key_and_refuses_bad_paging()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/donors/possible-duplicates")).StatusCode);
        var problem = await Http.ProblemAsync(await fixture.Staff.GetAsync("/api/v1/donors/possible-duplicates?limit=0"), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "limit"));
    }

    private async Task<DonorResponse> CreateDonorAsync(string firstName, string lastName, string email) =>
        await Http.ReadAsync<DonorResponse>(
            await Http.PostAsync(fixture.Staff, "/api/v1/donors", new { firstName, lastName, email, classYear = 1990 }),
            HttpStatusCode.Created);

    private async Task<IReadOnlyList<PossibleDuplicateResponse>> PossibleDuplicatesAsync() =>
        (await Http.GetAsync<Page<PossibleDuplicateResponse>>(fixture.Staff, "/api/v1/donors/possible-duplicates?status=open&limit=200")).Items;
}
