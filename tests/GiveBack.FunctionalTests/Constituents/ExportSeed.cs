using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Moves;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents;

/// <summary>
/// What the export tests book through the API: a donor (with a name a spreadsheet would run as a formula) with two
/// gifts, one reversed, an activity, talent and a move; and another donor with one gift to the same campaign.
/// </summary>
public sealed record ExportSeed(Guid Donor, string Email, IReadOnlyList<Guid> DonorGifts, Guid Reversal, Guid OtherGift, long Raised)
{
    public static async Task<ExportSeed> SeedAsync(HttpClient client)
    {
        var campaign = await Http.CreateCampaignAsync(client);
        var email = $"{Guid.NewGuid():N}@example.org";
        var donor = await Http.ReadAsync<GiveBack.Giving.Endpoints.Donors.DonorResponse>(
            await Http.PostAsync(client, "/api/v1/donors", new { firstName = "=Ada", lastName = "Lovelace, Countess", email, classYear = 1995 }),
            HttpStatusCode.Created);
        var other = await Http.CreateDonorAsync(client);
        var first = await Http.RecordGiftAsync(client, Http.Gift(donor.Id, campaign.Id, amount: 10_000));
        var second = await Http.RecordGiftAsync(client, Http.Gift(donor.Id, campaign.Id, amount: 2_500));
        var theirs = await Http.RecordGiftAsync(client, Http.Gift(other.Id, campaign.Id, amount: 7_000));
        var reversal = await Http.ReadAsync<GiftResponse>(
            await Http.PostAsync(client, $"/api/v1/gifts/{second.Id}/reversals", new { reason = "Cheque returned" }), HttpStatusCode.Created);
        await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(client, $"/api/v1/donors/{donor.Id}/activities", new { type = "volunteered", occurredAt = DateTimeOffset.UtcNow, detail = "Mentored two students" }),
            HttpStatusCode.Created);
        (await client.PutAsJsonAsync($"/api/v1/donors/{donor.Id}/talent", new TalentRequest(["mathematics"], "Computing", "London"), Json.Options)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/v1/donors/{donor.Id}/moves", new MovesRequest(MoveStage.Cultivation, "officer.one", "Lunch", null), Json.Options))
            .EnsureSuccessStatusCode();
        return new ExportSeed(donor.Id, email, [first.Id, second.Id], reversal.Id, theirs.Id, 10_000 + 2_500 - 2_500 + 7_000);
    }
}
