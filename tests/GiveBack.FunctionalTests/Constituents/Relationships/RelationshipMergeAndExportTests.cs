using System.IO.Compression;
using System.Net;
using GiveBack.Constituents.Merge;
using GiveBack.Constituents.Relationships;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Csv;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Relationships;

/// <summary>
/// A merge moves the merged donor's household membership, links and soft credits to the survivor; the export's
/// <c>relationships.csv</c> holds every kind of relationship.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class RelationshipMergeAndExportTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task Merging_moves_the_household_links_and_soft_credits_to_the_survivor_and_the_export_holds_them()
    {
        var campaign = await Http.CreateCampaignAsync(_client);
        var survivor = await Http.CreateDonorAsync(_client, firstName: "Morgan", lastName: "Lee");
        var merged = await Http.CreateDonorAsync(_client, firstName: "Morgan", lastName: "Lee");
        var spouse = await Http.CreateDonorAsync(_client, firstName: "Casey", lastName: "Lee");
        var household = await Http.ReadAsync<HouseholdView>(
            await Http.PostAsync(_client, "/api/v1/households", new { name = $"Lee {Guid.NewGuid():N}", salutation = "Morgan and Casey Lee" }), HttpStatusCode.Created);
        foreach (var member in new[] { merged.Id, spouse.Id })
        {
            await Http.ReadAsync<HouseholdView>(
                await Http.PostAsync(_client, $"/api/v1/households/{household.Id}/members", new { donorId = member }), HttpStatusCode.OK);
        }
        await Http.ReadAsync<DonorLinkView>(
            await Http.PostAsync(_client, $"/api/v1/donors/{merged.Id}/links", new { kind = "spouse", relatedDonorId = spouse.Id, since = "2010-06-12" }),
            HttpStatusCode.Created);
        await Http.ReadAsync<DonorLinkView>(
            await Http.PostAsync(_client, $"/api/v1/donors/{merged.Id}/links", new { kind = "employer", employerName = "Northwind Traders" }), HttpStatusCode.Created);
        var spouseGift = await Http.RecordGiftAsync(_client, Http.Gift(spouse.Id, campaign.Id, 8_000));
        var credit = await Http.ReadAsync<SoftCreditView>(
            await Http.PostAsync(_client, $"/api/v1/gifts/{spouseGift.Id}/soft-credits", new { donorId = merged.Id, reason = "spouse" }), HttpStatusCode.Created);

        var preview = await Http.GetAsync<MergePreview>(_client, $"/api/v1/donors/{survivor.Id}/merge-preview?mergedDonorId={merged.Id}");
        Assert.Equal((1, 2, 1), (preview.Moves["household"], preview.Moves["links"], preview.Moves["softCredits"]));
        await Http.ReadAsync<MergeRecordView>(
            await Http.PostAsync(_client, $"/api/v1/donors/{survivor.Id}/merge", new { mergedDonorId = merged.Id }), HttpStatusCode.OK);

        var view = await Http.GetAsync<DonorRelationshipsView>(_client, $"/api/v1/donors/{survivor.Id}/relationships");
        Assert.Equal(household.Id, view.Household!.Id);
        Assert.Equal(new[] { survivor.Id, spouse.Id }.Order(), view.Household.Members.Select(m => m.DonorId).Order());
        Assert.Contains(view.Links, l => l.Kind == "spouse" && l.OtherDonorId == spouse.Id);
        Assert.Contains(view.Links, l => l.Kind == "employer" && l.OtherName == "Northwind Traders");
        Assert.Equal(credit.Id, Assert.Single(view.SoftCredits).Id);
        Assert.Equal((0L, 8_000L), (Assert.Single(view.Credit).HardAmount, Assert.Single(view.Credit).SoftAmount));
        Assert.Contains((await Http.GetAsync<DonorRelationshipsView>(_client, $"/api/v1/donors/{spouse.Id}/relationships")).Links,
            l => l.Kind == "spouse" && l.OtherDonorId == survivor.Id);
        // The joint summary counts the spouse's gift once: hard credit of a member, soft credit of another.
        var giving = Assert.Single((await Http.GetAsync<HouseholdView>(_client, $"/api/v1/households/{household.Id}")).Giving);
        Assert.Equal((8_000L, 0L), (giving.HardAmount, giving.SoftAmount));

        using var response = await _client.GetAsync(new Uri("/api/v1/exports", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var copy = new MemoryStream();
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(copy);
        using var zip = new ZipArchive(copy, ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("relationships.csv")!.Open());
        var rows = CsvFile.Parse(await reader.ReadToEndAsync());
        Assert.Equal("record", rows[0][0]);
        Assert.Contains(rows, r => r[0] == "household" && r[1] == household.Id.ToString() && r[7] == "Morgan and Casey Lee");
        Assert.Contains(rows, r => r[0] == "household_member" && r[3] == survivor.Id.ToString());
        Assert.Contains(rows, r => r[0] == "spouse" && new[] { r[3], r[4] }.Order().SequenceEqual(new[] { survivor.Id.ToString(), spouse.Id.ToString() }.Order()));
        Assert.Contains(rows, r => r[0] == "soft_credit" && r[1] == credit.Id.ToString() && r[3] == survivor.Id.ToString() && r[8] == "8000");
        Assert.NotNull(zip.GetEntry("relationships.json"));
    }
}
