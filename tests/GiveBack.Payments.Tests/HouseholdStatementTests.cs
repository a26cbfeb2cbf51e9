using System.Net;
using System.Text.Json;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Testing.Host;

namespace GiveBack.Payments.Tests;

/// <summary>
/// A household's giving statement through the real host: its members' gifts keyed in (one refunded) → one PDF under
/// the household's salutation with the joint total net of the refund; the donor statement's period rules and problems.
/// The gifts are in 2010 and 2011, which no other test of the collection gives in.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class HouseholdStatementTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_households_statement_lists_both_members_gifts_under_its_salutation_with_one_total_net_of_refunds()
    {
        var campaign = await fixture.CreateCampaignAsync("USD", startsOn: new DateOnly(2010, 1, 1));
        var ada = await Http.CreateDonorAsync(fixture.Staff, firstName: "Ada", lastName: "Byron");
        var george = await Http.CreateDonorAsync(fixture.Staff, firstName: "George", lastName: "Byron");
        var household = await HouseholdAsync($"Byron household {Guid.NewGuid():N}", "Ada and George Byron", ada, george);
        await GiftAsync(ada, campaign.Id, 10_000, "2011-03-01");
        var refunded = await GiftAsync(ada, campaign.Id, 4_000, "2011-05-02");
        await GiftAsync(george, campaign.Id, 2_500, "2011-07-03");
        await GiftAsync(george, campaign.Id, 9_900, "2010-12-31");
        await Http.ReadAsync<GiftResponse>(
            await Http.PostAsync(fixture.Staff, $"/api/v1/gifts/{refunded.Id}/reversals", new { reason = "Refunded at the donor's request" }), HttpStatusCode.Created);

        using var response = await fixture.Staff.GetAsync($"/api/v1/households/{household}/statement.pdf?year=2011");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("statement-2011-01-01-2011-12-31.pdf", response.Content.Headers.ContentDisposition!.FileName);
        var text = ReceiptPdfText.Of(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Household: Ada and George Byron", text, StringComparison.Ordinal);
        Assert.Contains("2011-03-01", text, StringComparison.Ordinal);
        Assert.Contains("2011-07-03", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2011-05-02", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2010-12-31", text, StringComparison.Ordinal);
        Assert.Contains("Total (USD)", text, StringComparison.Ordinal);
        Assert.Contains("$125.00", text, StringComparison.Ordinal);
        Assert.Contains($"Issued by: {OnlineGivingFixture.Institution}", text, StringComparison.Ordinal);

        // A range, as for a donor: the first half of 2011 holds Ada's standing gift only.
        var half = ReceiptPdfText.Of(await fixture.Staff.GetByteArrayAsync($"/api/v1/households/{household}/statement.pdf?from=2011-01-01&to=2011-06-30"));
        Assert.Contains("$100.00", half, StringComparison.Ordinal);
        Assert.DoesNotContain("2011-07-03", half, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_household_without_a_salutation_is_addressed_by_its_name()
    {
        var name = $"Curie household {Guid.NewGuid():N}";
        var household = await HouseholdAsync(name, null);

        var text = ReceiptPdfText.Of(await fixture.Staff.GetByteArrayAsync($"/api/v1/households/{household}/statement.pdf?year=2011"));

        Assert.Contains($"Household: {name}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "year")]
    [InlineData("?year=twenty", "year")]
    [InlineData("?year=2011&from=2011-01-01&to=2011-12-31", "year")]
    [InlineData("?from=2011-01-01", "to")]
    [InlineData("?from=2011-12-31&to=2011-01-01", "to")]
    public async Task A_household_statement_for_a_bad_period_is_refused_with_a_problem_naming_the_field(string query, string field)
    {
        var household = await HouseholdAsync($"Noether household {Guid.NewGuid():N}", null);

        var problem = await Http.ProblemAsync(await fixture.Staff.GetAsync($"/api/v1/households/{household}/statement.pdf{query}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(Http.ErrorsFor(problem, field));
    }

    [Fact]
    public async Task An_unknown_household_is_404_and_a_caller_without_a_role_is_refused()
    {
        var household = await HouseholdAsync($"Hopper household {Guid.NewGuid():N}", null);
        using var nobody = fixture.Server.CreateClient(apiKey: null);

        await Http.ProblemAsync(await fixture.Staff.GetAsync($"/api/v1/households/{Guid.NewGuid()}/statement.pdf?year=2011"), HttpStatusCode.NotFound);
        await Http.ProblemAsync(await nobody.GetAsync($"/api/v1/households/{household}/statement.pdf?year=2011"), HttpStatusCode.Unauthorized);
    }

    private async Task<Guid> HouseholdAsync(string name, string? salutation, params DonorResponse[] members)
    {
        var household = (await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(fixture.Staff, "/api/v1/households", new { name, salutation }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        foreach (var member in members)
        {
            await Http.ReadAsync<JsonElement>(await Http.PostAsync(fixture.Staff, $"/api/v1/households/{household}/members", new { donorId = member.Id }), HttpStatusCode.OK);
        }

        return household;
    }

    private async Task<GiftResponse> GiftAsync(DonorResponse donor, Guid campaignId, long amount, string receivedOn) =>
        await Http.RecordGiftAsync(fixture.Staff, Http.Gift(donor.Id, campaignId, amount, "USD", receivedOn));
}
