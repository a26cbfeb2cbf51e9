using GiveBack.Domain.Security;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.Payments.Tests;

/// <summary>
/// A viewer on the donor's page (Debian's Chromium, the real workspace) chooses a year under "Giving statement" and
/// downloads it: the API draws the PDF for that year, opened with the page's sign-in cookie.
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
}
