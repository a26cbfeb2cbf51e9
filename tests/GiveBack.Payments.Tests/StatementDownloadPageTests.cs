using GiveBack.Domain.Security;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.Payments.Tests;

/// <summary>
/// A viewer on the donor's page (Debian's Chromium, the real workspace) chooses a year under "Giving statement" and
/// downloads it: the API draws the PDF for that year, opened with the page's sign-in cookie; and the household panel's
/// link downloads the household's statement of the current year.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class StatementDownloadPageTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_viewer_downloads_the_statement_of_the_year_chosen_on_the_donor_page()
    {
        var campaign = await fixture.CreateCampaignAsync("USD", startsOn: new DateOnly(2024, 1, 1));
        var donor = await Http.CreateDonorAsync(fixture.Staff, firstName: "Mary", lastName: "Somerville");
        await Http.RecordGiftAsync(fixture.Staff, Http.Gift(donor.Id, campaign.Id, 8_000, "USD", "2024-05-01"));
        await Http.RecordGiftAsync(fixture.Staff, Http.Gift(donor.Id, campaign.Id, 3_300, "USD", "2025-03-03"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.Viewer, $"donors/{donor.Id}");
        await StaffSession.ChooseAsync(page, "#statement-year", "2024");
        var link = page.Locator("#statement-link");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"/api/v1/donors/{donor.Id}/statement.pdf?year=2024");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.Equal("statement-2024-01-01-2024-12-31.pdf", download.SuggestedFilename);
        var text = ReceiptPdfText.Of(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Contains("Donor: Mary Somerville", text, StringComparison.Ordinal);
        Assert.Contains("$80.00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-03-03", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_downloads_the_households_statement_of_this_year_from_the_household_panel()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var campaign = await fixture.CreateCampaignAsync("USD", startsOn: new DateOnly(today.Year, 1, 1));
        var pierre = await Http.CreateDonorAsync(fixture.Staff, firstName: "Pierre", lastName: "Curie");
        var marie = await Http.CreateDonorAsync(fixture.Staff, firstName: "Marie", lastName: "Curie");
        var household = (await Http.ReadAsync<System.Text.Json.JsonElement>(
            await Http.PostAsync(fixture.Staff, "/api/v1/households", new { name = $"Curie household {Guid.NewGuid():N}", salutation = "Pierre and Marie Curie" }),
            System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();
        foreach (var member in new[] { pierre, marie })
        {
            await Http.PostAsync(fixture.Staff, $"/api/v1/households/{household}/members", new { donorId = member.Id });
        }

        var on = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Http.RecordGiftAsync(fixture.Staff, Http.Gift(pierre.Id, campaign.Id, 6_000, "USD", on));
        await Http.RecordGiftAsync(fixture.Staff, Http.Gift(marie.Id, campaign.Id, 1_500, "USD", on));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.Viewer, $"donors/{marie.Id}");
        var link = page.Locator("#household-statement-link");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"/api/v1/households/{household}/statement.pdf?year={today.Year}");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.Equal($"statement-{today.Year}-01-01-{today.Year}-12-31.pdf", download.SuggestedFilename);
        var text = ReceiptPdfText.Of(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Contains("Household: Pierre and Marie Curie", text, StringComparison.Ordinal);
        Assert.Contains("$75.00", text, StringComparison.Ordinal);
    }
}
