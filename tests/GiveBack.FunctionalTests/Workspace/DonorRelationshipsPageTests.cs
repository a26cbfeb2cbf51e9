using System.Net;
using GiveBack.Constituents.Relationships;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// The donor page's household panel, in Debian's Chromium against the real host: the household and salutation, the
/// spouse, the joint giving, and the donor's hard and soft credit side by side, as set through the API.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class DonorRelationshipsPageTests(ServerFixture fixture)
{
    [Fact]
    public async Task The_donor_page_shows_the_household_the_spouse_and_hard_and_soft_credit()
    {
        using var api = fixture.Server.CreateClient();
        var campaign = await Http.CreateCampaignAsync(api);
        var surname = $"Panel{Guid.NewGuid():N}"[..16];
        var donor = await Http.CreateDonorAsync(api, firstName: "Alex", lastName: surname);
        var spouse = await Http.CreateDonorAsync(api, firstName: "Sam", lastName: surname);
        var household = await Http.ReadAsync<HouseholdView>(
            await Http.PostAsync(api, "/api/v1/households", new { name = $"{surname} household", salutation = $"Alex and Sam {surname}" }), HttpStatusCode.Created);
        foreach (var member in new[] { donor.Id, spouse.Id })
        {
            await Http.ReadAsync<HouseholdView>(await Http.PostAsync(api, $"/api/v1/households/{household.Id}/members", new { donorId = member }), HttpStatusCode.OK);
        }

        await Http.ReadAsync<DonorLinkView>(
            await Http.PostAsync(api, $"/api/v1/donors/{donor.Id}/links", new { kind = "spouse", relatedDonorId = spouse.Id }), HttpStatusCode.Created);
        await Http.RecordGiftAsync(api, Http.Gift(donor.Id, campaign.Id, 10_000));
        var spouseGift = await Http.RecordGiftAsync(api, Http.Gift(spouse.Id, campaign.Id, 2_500));
        await Http.ReadAsync<SoftCreditView>(
            await Http.PostAsync(api, $"/api/v1/gifts/{spouseGift.Id}/soft-credits", new { donorId = donor.Id, reason = "spouse" }), HttpStatusCode.Created);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsync(
            browser, new Uri(fixture.Server.BaseAddress, $"/donors/{donor.Id}"), GiveBackServer.StaffEmail, GiveBackServer.StaffPassword);
        await StaffSession.InteractiveAsync(page);

        var panel = page.Locator("#household-panel");
        await Assertions.Expect(panel.Locator("#household-salutation")).ToHaveTextAsync($"Alex and Sam {surname}");
        await Assertions.Expect(panel.Locator("#household-members")).ToContainTextAsync($"Sam {surname}");
        await Assertions.Expect(panel.Locator("#household-giving")).ToContainTextAsync("€125.00");
        await Assertions.Expect(panel.Locator(".donor-link[data-kind=spouse]")).ToContainTextAsync($"Sam {surname}");
        var credit = panel.Locator("#donor-credit tr[data-currency=EUR]");
        await Assertions.Expect(credit.Locator(".hard-credit")).ToHaveTextAsync("€100.00");
        await Assertions.Expect(credit.Locator(".soft-credit")).ToHaveTextAsync("€25.00");
        await Assertions.Expect(credit.Locator(".recognition")).ToHaveTextAsync("€125.00");
        await Assertions.Expect(panel.Locator(".soft-credit-row")).ToContainTextAsync("spouse");
    }
}
