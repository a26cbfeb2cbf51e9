using System.Net;
using GiveBack.Constituents.Relationships;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Relationships;

/// <summary>
/// Soft credits through the real host: full or partial, never more than the gift, never to the gift's own donor, and
/// never a change to hard credit or the ledger.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class SoftCreditTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task A_soft_credit_is_full_or_partial_and_more_than_the_gift_is_refused()
    {
        var campaign = await Http.CreateCampaignAsync(_client);
        var donor = await Http.CreateDonorAsync(_client, firstName: "Alex", lastName: "Rivera");
        var spouse = await Http.CreateDonorAsync(_client, firstName: "Sam", lastName: "Rivera");
        var ambassador = await Http.CreateDonorAsync(_client, firstName: "Jo", lastName: "Okafor");
        var gift = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 10_000));

        var partial = await Http.ReadAsync<SoftCreditView>(
            await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/soft-credits", new { donorId = spouse.Id, amount = 4_000, reason = "spouse" }),
            HttpStatusCode.Created);
        var full = await Http.ReadAsync<SoftCreditView>(
            await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/soft-credits", new { donorId = ambassador.Id, reason = "ambassador" }),
            HttpStatusCode.Created);
        Assert.Equal((4_000L, "EUR", "spouse", false), (partial.Amount, partial.Currency, partial.Reason, partial.Reversed));
        Assert.Equal((10_000L, donor.Id), (full.Amount, full.GiftDonorId));

        var tooMuch = await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/soft-credits", new { donorId = Guid.NewGuid(), amount = 10_001, reason = "other" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(Http.ErrorsFor(tooMuch, "amount"));
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/soft-credits", new { donorId = donor.Id, reason = "other" }),
            HttpStatusCode.UnprocessableEntity), "donorId"));
        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/soft-credits", new { donorId = spouse.Id, reason = "friendship" }),
            HttpStatusCode.BadRequest), "reason"));
        await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/soft-credits", new { donorId = spouse.Id, amount = 1_000, reason = "spouse" }),
            HttpStatusCode.Conflict);
        await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/gifts/{Guid.NewGuid()}/soft-credits", new { donorId = spouse.Id, reason = "spouse" }),
            HttpStatusCode.NotFound);

        // Hard credit stays with the legal donor; soft credit is beside it.
        var spouseCredit = Assert.Single((await RelationshipsAsync(spouse.Id)).Credit);
        Assert.Equal((0L, 4_000L, 1, 4_000L), (spouseCredit.HardAmount, spouseCredit.SoftAmount, spouseCredit.SoftGifts, spouseCredit.RecognitionAmount));
        var donorCredit = Assert.Single((await RelationshipsAsync(donor.Id)).Credit);
        Assert.Equal((10_000L, 0L), (donorCredit.HardAmount, donorCredit.SoftAmount));
        Assert.Equal(10_000, (await Http.GetAsync<DonorResponse>(_client, $"/api/v1/donors/{donor.Id}")).Giving.LifetimeAmount);
        Assert.Equal(0, (await Http.GetAsync<DonorResponse>(_client, $"/api/v1/donors/{spouse.Id}")).Giving.LifetimeAmount);
        Assert.Equal(2, (await Http.GetAsync<List<SoftCreditView>>(_client, $"/api/v1/gifts/{gift.Id}/soft-credits")).Count);
    }

    [Fact]
    public async Task The_soft_credits_of_a_reversed_gift_count_as_reversed()
    {
        var campaign = await Http.CreateCampaignAsync(_client);
        var donor = await Http.CreateDonorAsync(_client);
        var spouse = await Http.CreateDonorAsync(_client);
        var gift = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id, 6_000));
        await Http.ReadAsync<SoftCreditView>(
            await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/soft-credits", new { donorId = spouse.Id, reason = "spouse" }), HttpStatusCode.Created);

        await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/reversals", new { reason = "Cheque bounced" }, Guid.NewGuid().ToString());

        var after = await RelationshipsAsync(spouse.Id);
        Assert.True(Assert.Single(after.SoftCredits).Reversed);
        Assert.Empty(after.Credit);
        var refused = await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/gifts/{gift.Id}/soft-credits", new { donorId = Guid.NewGuid(), reason = "other" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(Http.ErrorsFor(refused, "giftId"));
    }

    private Task<DonorRelationshipsView> RelationshipsAsync(Guid donorId) =>
        Http.GetAsync<DonorRelationshipsView>(_client, $"/api/v1/donors/{donorId}/relationships");
}
