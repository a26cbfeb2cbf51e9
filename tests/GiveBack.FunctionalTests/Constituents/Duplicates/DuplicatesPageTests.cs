using System.Net;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Constituents.Duplicates;

/// <summary>
/// The /duplicates page in Debian's Chromium against the real host: a pair made through the API is in the queue with
/// its score and reasons; staff compare the two, merge one into the other after seeing what moves, and the API then
/// answers with one donor.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class DuplicatesPageTests(ServerFixture fixture)
{
    [Fact]
    public async Task Staff_compare_a_pair_and_merge_it_after_seeing_what_moves()
    {
        using var api = fixture.Server.CreateClient();
        var surname = DuplicateSuggestionTests.UniqueName("Renfield");
        var email = $"{Guid.NewGuid():N}@example.org";
        var keep = await CreateAsync(api, "/api/v1/donors", surname, email);
        // The same person entered twice: score 1, the newest of the likeliest, so first in the queue.
        var twice = await CreateAsync(api, "/api/v1/donors?allowDuplicate=true", surname, email);
        var campaign = await Http.CreateCampaignAsync(api);
        await Http.RecordGiftAsync(api, Http.Gift(twice.Id, campaign.Id, 4_200));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, "duplicates");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Duplicates");
        var row = page.Locator("#duplicates-table tbody tr", new() { HasText = surname });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".duplicate-score")).ToHaveTextAsync("1.00");
        await Assertions.Expect(row.Locator(".duplicate-reasons")).ToContainTextAsync("same e-mail");
        await row.Locator(".duplicate-review").ClickAsync();

        await Assertions.Expect(page.Locator("#duplicate-review .duplicate-side")).ToHaveCountAsync(2);
        await page.Locator($".merge-into[data-survivor='{keep.Id}']").ClickAsync();
        var confirmation = page.Locator("#merge-confirmation");
        await Assertions.Expect(confirmation).ToContainTextAsync("Gifts: 1");
        await page.Locator("#confirm-merge").ClickAsync();

        await Assertions.Expect(page.Locator("#duplicates-message")).ToContainTextAsync($"Merged into Dracula {surname}");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        var merged = await Http.GetAsync<DonorResponse>(api, $"/api/v1/donors/{twice.Id}");
        Assert.Equal((keep.Id, 4_200L), (merged.Id, merged.Giving.LifetimeAmount));
    }

    private static async Task<DonorResponse> CreateAsync(HttpClient api, string path, string surname, string email) =>
        await Http.ReadAsync<DonorResponse>(
            await Http.PostAsync(api, path, new { firstName = "Dracula", lastName = surname, email, classYear = 1960 }), HttpStatusCode.Created);
}
