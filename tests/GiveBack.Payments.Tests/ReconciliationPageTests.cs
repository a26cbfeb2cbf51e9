using System.Globalization;
using System.Text.Json;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.Payments.Tests;

/// <summary>
/// The reconciliation report in Debian's Chromium: a gift paid online today (Checkout completed in the Stripe emulator,
/// booked from its webhook) is on today's run, its ledger amount beside Stripe's, in agreement; the page's counts and
/// its CSV are those of the API's report over the same days, which asks Stripe for the same balance transactions.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class ReconciliationPageTests(OnlineGivingFixture fixture)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task A_gift_paid_today_is_reconciled_against_stripe_on_the_page_and_in_its_csv()
    {
        var campaign = await fixture.CreateCampaignAsync();
        var checkout = await fixture.CheckoutAsync(campaign, 4_321);
        await fixture.Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await fixture.SettledAsync();
        var today = OnlineGivingFixture.Today;
        var expected = await Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/reports/reconciliation?from={Day(today)}&to={Day(today)}");
        var lines = expected.GetProperty("lines").EnumerateArray().ToList();
        var gift = Assert.Single(lines, l => l.GetProperty("ledgerAmount").ValueKind == JsonValueKind.Number && l.GetProperty("ledgerAmount").GetInt64() == 4_321);
        var externalId = gift.GetProperty("externalId").GetString()!;
        Assert.Equal(JsonValueKind.Null, gift.GetProperty("issue").ValueKind);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, "reports/reconciliation");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Reconciliation");
        foreach (var field in new[] { "reconciliation-from", "reconciliation-to" })
        {
            var input = page.Locator($":is(#{field} input, input#{field})");
            await input.FillAsync(today.ToString("d", English));
            await input.PressAsync("Tab");
        }

        await page.Locator("#run-reconciliation").ClickAsync();
        await Assertions.Expect(page.Locator("#reconciliation-lines")).ToHaveTextAsync($"{today.ToString("d", English)} to {today.ToString("d", English)}");
        await Assertions.Expect(page.Locator("#summary-matched")).ToHaveTextAsync(expected.GetProperty("matched").GetInt32().ToString("N0", English));
        await Assertions.Expect(page.Locator("#summary-mismatched")).ToHaveTextAsync(expected.GetProperty("mismatched").GetInt32().ToString("N0", English));

        // Every line on one page (the day's other tests paid too), then the gift's: the ledger and Stripe agree.
        await page.Locator(".mud-table-pagination .mud-select .mud-input").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "200" }).ClickAsync();
        var rows = page.Locator("#reconciliation-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(lines.Count);
        var row = page.Locator("#reconciliation-table tbody tr", new() { HasText = externalId });
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("€43.21");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("€43.21");
        await Assertions.Expect(row.Locator("td").Nth(5)).ToHaveTextAsync("✓");

        // Only what does not agree: the gift is gone, the mismatched lines stay.
        await page.GetByText("Only what does not agree").ClickAsync();
        await Assertions.Expect(rows.Filter(new() { HasText = externalId })).ToHaveCountAsync(0);
        var mismatched = expected.GetProperty("mismatched").GetInt32();
        await Assertions.Expect(page.Locator("#reconciliation-table tbody tr:not(:has(#no-reconciliation-lines))")).ToHaveCountAsync(mismatched);

        var (fileName, _, csv) = await StaffSession.DownloadCsvAsync(page);
        Assert.Equal($"giveback-reconciliation-{Day(today)}-{Day(today)}.csv", fileName);
        Assert.Equal(lines.Count, csv.Count);
        var line = Assert.Single(csv, r => r["external_id"] == externalId);
        Assert.Equal(("4321", "4321", "EUR", string.Empty), (line["ledger_amount"], line["processor_amount"], line["currency"], line["issue"]));
        Assert.Equal(gift.GetProperty("processorFee").GetInt64().ToString(CultureInfo.InvariantCulture), line["processor_fee"]);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
