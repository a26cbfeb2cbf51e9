using System.Net.Http.Json;
using GiveBack.FunctionalTests.Plugins;
using GiveBack.Plugins.Hosting.Storage;
using GiveBack.Testing;
using GiveBack.Testing.Browser;
using GiveBack.Testing.Host;
using Microsoft.Playwright;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// Administration → Plugins in Debian's Chromium: a donor's event that the Webhook plugin (loaded from disk) could not
/// deliver, because the receiver answered 503 to every attempt, is listed as a dead letter; replayed from the page once
/// the receiver is back, it reaches the receiver and leaves the list, in the page and in the plugin host's store.
/// </summary>
public sealed class DeadLetterPageTests(DeadLetterFixture fixture) : IClassFixture<DeadLetterFixture>
{
    [Fact]
    public async Task An_event_the_webhook_refused_every_time_is_listed_and_replayed_from_the_page_to_the_receiver()
    {
        fixture.Receiver.FailNext(int.MaxValue);
        var donor = await Http.CreateDonorAsync(fixture.Client, lastName: "Deadletter");
        var letter = Assert.Single(await Eventually.MatchesAsync(
            DeadLettersAsync,
            l => l.Count == 1,
            "the donor's event to be dead-lettered"));
        Assert.Equal(("Webhook", "DonorChanged", (Guid?)donor.Id, DeadLetterFixture.MaxAttempts), (letter.PluginId, letter.EventType, letter.DonorId, letter.Attempts));
        var refused = PostsAbout(donor.Id);
        Assert.Equal(DeadLetterFixture.MaxAttempts, refused);
        fixture.Receiver.FailNext(0);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await StaffSession.OpenAsAdministratorAsync(browser, fixture.Server, "admin/plugins");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Plugins");
        var rows = page.Locator("#dead-letter-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Locator("td").Nth(1)).ToHaveTextAsync("Webhook");
        await Assertions.Expect(rows.Locator("td").Nth(2)).ToHaveTextAsync("DonorChanged");
        await Assertions.Expect(rows.Locator("td").Nth(3)).ToHaveTextAsync(DeadLetterFixture.MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(rows.Locator("td").Nth(4)).ToContainTextAsync("Webhook answered 503");

        await Assertions.Expect(rows.Locator(".replay-dead-letter")).ToBeEnabledAsync();
        await rows.Locator(".replay-dead-letter").ClickAsync();
        await Assertions.Expect(page.Locator("#plugins-message")).ToHaveTextAsync("The event is delivered again shortly.");
        await Assertions.Expect(page.Locator("#no-dead-letters")).ToHaveTextAsync("No dead letter: every plugin took every event.");

        // Delivered once more, and taken this time: the store holds no open dead letter.
        await Eventually.TrueAsync(() => Task.FromResult(PostsAbout(donor.Id) == refused + 1), "the replayed event to reach the receiver");
        Assert.Empty(await DeadLettersAsync());
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#no-dead-letters")).ToBeVisibleAsync();
    }

    private async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync() =>
        await fixture.Client.GetFromJsonAsync<List<DeadLetter>>(new Uri("/api/v1/plugins/dead-letters", UriKind.Relative)) ?? [];

    private int PostsAbout(Guid donorId) =>
        fixture.Receiver.Received.Count(r => r.Kind == "DonorChanged" && r.Data.GetProperty("donorId").GetGuid() == donorId);
}
