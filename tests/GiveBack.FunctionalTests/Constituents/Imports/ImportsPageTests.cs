using GiveBack.Domain.Security;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Constituents.Imports;

/// <summary>
/// The imports page as a gift officer uses it, in Debian's Chromium against the real host and worker: an NPSP file is
/// previewed with its column mapping, a dry run lists its bad row, and the import runs to completed with the good rows
/// booked (the campaign's figure is their sum) and the bad row listed. A viewer sees the page but cannot start one.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class ImportsPageTests(ServerFixture fixture)
{
    [Fact]
    public async Task A_file_is_previewed_dry_run_then_imported_and_its_bad_row_listed()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var campaign = $"Page Import {tag}";
        var path = Path.Combine(Path.GetTempPath(), $"npsp-{tag}.csv");
        await File.WriteAllTextAsync(path, string.Join('\n',
            "Contact1_Firstname__c,Contact1_Lastname__c,Contact1_Personal_Email__c,Donation_Amount__c,Donation_Date__c,Donation_Campaign_Name__c,Payment_Method__c",
            $"Nora,Pagett,nora.{tag}@example.org,\"$1,500.00\",2/10/2025,{campaign},Check",
            $"Omar,Pagett,omar.{tag}@example.org,$40.25,2/11/2025,{campaign},Cash",
            $"Pia,Pagett,pia.{tag}@example.org,forty,2/12/2025,{campaign},Cash",
            string.Empty));
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await DebianChromium.LaunchAsync(playwright);
            var page = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.GiftOfficer, "imports");
            page.SetDefaultTimeout(30_000);
            Assertions.SetDefaultExpectTimeout(30_000);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Imports");

            await StaffSession.ChooseAsync(page, "#import-mapping", "NPSP data import");
            await page.Locator("#import-file").SetInputFilesAsync(path);
            var preview = page.Locator("#import-preview");
            await Assertions.Expect(preview.Locator(".import-preview-row")).ToHaveCountAsync(3);
            string[] fields = ["first_name", "last_name", "email", "amount", "gift_date", "campaign", "method"];
            for (var i = 0; i < fields.Length; i++)
            {
                await Assertions.Expect(preview.Locator(".import-field-choice").Nth(i)).ToHaveValueAsync(fields[i]);
            }

            await Assertions.Expect(preview.Locator(".import-preview-row").First).ToContainTextAsync("$1,500.00");

            await page.Locator("#import-dry-run").ClickAsync();
            await Assertions.Expect(page.Locator("#import-status")).ToHaveAttributeAsync("data-status", "completed");
            await Assertions.Expect(page.Locator("#import-imported")).ToHaveTextAsync("2");
            await Assertions.Expect(page.Locator("#import-errors .import-error-row")).ToHaveTextAsync(["4"]);
            using var api = fixture.Server.CreateClient();
            Assert.Equal(0, (await ImportClient.RaisedAsync(api, [campaign]))[campaign]);

            await page.Locator("#import-start").ClickAsync();
            await Assertions.Expect(page.Locator("#import-progress-title")).Not.ToContainTextAsync("dry run");
            await Assertions.Expect(page.Locator("#import-status")).ToHaveAttributeAsync("data-status", "completed");
            await Assertions.Expect(page.Locator("#import-processed")).ToHaveTextAsync("3 of 3 rows");
            await Assertions.Expect(page.Locator("#import-imported")).ToHaveTextAsync("2");
            await Assertions.Expect(page.Locator("#import-skipped")).ToHaveTextAsync("1");
            await Assertions.Expect(page.Locator("#import-errors tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#import-errors tbody tr")).ToContainTextAsync("forty");
            Assert.Equal(150_000 + 4_025, (await ImportClient.RaisedAsync(api, [campaign]))[campaign]);
            await Assertions.Expect(page.Locator("#import-list tbody tr", new() { HasText = Path.GetFileName(path) })).ToHaveCountAsync(2);

            var viewer = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.Viewer, "imports");
            await Assertions.Expect(viewer.Locator("#import-list")).ToBeVisibleAsync();
            await Assertions.Expect(viewer.Locator("#import-file")).ToHaveCountAsync(0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Columns_chosen_in_the_preview_are_saved_as_a_mapping_and_a_file_in_another_locale_imports_with_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var campaign = $"Page Locale {tag}";
        var name = $"office-{tag}";
        var path = Path.Combine(Path.GetTempPath(), $"bureau-{tag}.csv");
        await File.WriteAllTextAsync(path, string.Join('\n',
            "Prénom;Nom;Montant;Date;Campagne",
            $"Lucie;Page{tag};1 250,50;03/02/2025;{campaign}",
            string.Empty));
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await DebianChromium.LaunchAsync(playwright);
            var page = await StaffSession.OpenAsAsync(browser, fixture.Server, Roles.GiftOfficer, "imports");
            page.SetDefaultTimeout(30_000);
            Assertions.SetDefaultExpectTimeout(30_000);
            await StaffSession.InteractiveAsync(page);
            await page.Locator("#import-file").SetInputFilesAsync(path);
            var choices = page.Locator("#import-preview .import-field-choice");
            await Assertions.Expect(choices).ToHaveCountAsync(5);
            string[] fields = ["first_name", "last_name", "amount", "gift_date", "campaign"];
            for (var i = 0; i < fields.Length; i++)
            {
                await choices.Nth(i).SelectOptionAsync(fields[i]);
                await Assertions.Expect(choices.Nth(i)).ToHaveValueAsync(fields[i]);
            }

            await page.Locator("#import-date-locale").SelectOptionAsync("fr-FR");
            await page.Locator("#import-mapping-name").FillAsync(name);
            await page.Locator("#import-save-mapping").ClickAsync();
            await Assertions.Expect(page.Locator("#import-mapping-saved")).ToContainTextAsync(name);
            using var api = fixture.Server.CreateClient();
            var saved = await Http.GetAsync<GiveBack.Constituents.Imports.Mappings.SavedMapping>(api, $"/api/v1/import-mappings/{name}");
            Assert.Equal(("Prénom", "Date", "fr-FR"), (saved.Columns["first_name"], saved.Columns["gift_date"], saved.DateLocale));

            await page.Locator("#import-start").ClickAsync();
            await Assertions.Expect(page.Locator("#import-status")).ToHaveAttributeAsync("data-status", "completed");
            await Assertions.Expect(page.Locator("#import-imported")).ToHaveTextAsync("1");
            Assert.Equal(1_250_50, (await ImportClient.RaisedAsync(api, [campaign]))[campaign]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
