using System.Net;
using GiveBack.Constituents.Relationships;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Relationships;

/// <summary>
/// Households through the real host: one salutation, members in one household at most, and a joint giving summary
/// that sums the members' hard credit and counts a gift soft-credited inside the household once.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class HouseholdTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task The_joint_summary_sums_the_members_hard_credit_and_counts_no_gift_twice()
    {
        var campaign = await Http.CreateCampaignAsync(_client);
        var alex = await Http.CreateDonorAsync(_client, firstName: "Alex", lastName: "Smith");
        var sam = await Http.CreateDonorAsync(_client, firstName: "Sam", lastName: "Smith");
        var friend = await Http.CreateDonorAsync(_client, firstName: "Robin", lastName: "Ng");
        var household = await Http.ReadAsync<HouseholdView>(
            await Http.PostAsync(_client, "/api/v1/households", new { name = $"Smith household {Guid.NewGuid():N}", salutation = "Alex and Sam Smith" }),
            HttpStatusCode.Created);
        foreach (var member in new[] { alex, sam })
        {
            await Http.ReadAsync<HouseholdView>(
                await Http.PostAsync(_client, $"/api/v1/households/{household.Id}/members", new { donorId = member.Id }), HttpStatusCode.OK);
        }

        // Alex's gift, soft-credited to Sam: the household's hard credit already holds it.
        var alexGift = await Http.RecordGiftAsync(_client, Http.Gift(alex.Id, campaign.Id, 10_000));
        await Http.RecordGiftAsync(_client, Http.Gift(sam.Id, campaign.Id, 5_000));
        await SoftCreditAsync(alexGift.Id, sam.Id, null, "spouse");
        // A friend's gift, soft-credited to both: it counts once, at the larger soft credit.
        var friendGift = await Http.RecordGiftAsync(_client, Http.Gift(friend.Id, campaign.Id, 3_000));
        await SoftCreditAsync(friendGift.Id, alex.Id, 2_000, "ambassador");
        await SoftCreditAsync(friendGift.Id, sam.Id, 3_000, "ambassador");

        var view = await Http.GetAsync<HouseholdView>(_client, $"/api/v1/households/{household.Id}");
        Assert.Equal("Alex and Sam Smith", view.Salutation);
        Assert.Equal([alex.Id, sam.Id], view.Members.Select(m => m.DonorId));
        var giving = Assert.Single(view.Giving);
        Assert.Equal((15_000L, 2, 3_000L, 1, 18_000L), (giving.HardAmount, giving.HardGifts, giving.SoftAmount, giving.SoftGifts, giving.RecognitionAmount));

        // Sam alone: hard 5,000; soft for Alex's gift and the friend's.
        var sam1 = Assert.Single((await Http.GetAsync<DonorRelationshipsView>(_client, $"/api/v1/donors/{sam.Id}/relationships")).Credit);
        Assert.Equal((5_000L, 13_000L), (sam1.HardAmount, sam1.SoftAmount));
        Assert.Equal(household.Id, (await Http.GetAsync<DonorRelationshipsView>(_client, $"/api/v1/donors/{sam.Id}/relationships")).Household!.Id);

        // A donor is in one household at most.
        var other = await Http.ReadAsync<HouseholdView>(await Http.PostAsync(_client, "/api/v1/households", new { name = "Other" }), HttpStatusCode.Created);
        await Http.ProblemAsync(await Http.PostAsync(_client, $"/api/v1/households/{other.Id}/members", new { donorId = sam.Id }), HttpStatusCode.Conflict);
        Assert.NotEmpty(Http.ErrorsFor(
            await Http.ProblemAsync(await Http.PostAsync(_client, "/api/v1/households", new { salutation = "Dear all" }), HttpStatusCode.BadRequest), "name"));
        var listed = await Http.GetAsync<Page<HouseholdView>>(_client, $"/api/v1/households?q={Uri.EscapeDataString(view.Name)}");
        Assert.Equal(2, Assert.Single(listed.Items).Members.Count);

        // Leaving the household takes Sam's credit out of the joint summary.
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync(new Uri($"/api/v1/households/{household.Id}/members/{sam.Id}", UriKind.Relative))).StatusCode);
        var alone = Assert.Single((await Http.GetAsync<HouseholdView>(_client, $"/api/v1/households/{household.Id}")).Giving);
        Assert.Equal((10_000L, 2_000L), (alone.HardAmount, alone.SoftAmount));
    }

    private async Task SoftCreditAsync(Guid giftId, Guid donorId, long? amount, string reason) =>
        await Http.ReadAsync<SoftCreditView>(
            await Http.PostAsync(_client, $"/api/v1/gifts/{giftId}/soft-credits", new { donorId, amount, reason }), HttpStatusCode.Created);
}
