using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Events;

namespace GiveBack.Plugins.ConformanceKit;

/// <summary>
/// What the host expects of every <see cref="ICrmConnector"/>. Derive a test class, return your connector (configured
/// against a test endpoint) from <see cref="CreateConnectorAsync"/>, and run your tests: each fact below runs for it.
/// </summary>
public abstract class CrmConnectorConformance
{
    /// <summary>How long a call may take in these tests before it counts as hanging.</summary>
    protected virtual TimeSpan CallTimeout => TimeSpan.FromSeconds(10);

    /// <summary>Creates the connector under test, ready to push.</summary>
    protected abstract Task<ICrmConnector> CreateConnectorAsync();

    [Fact]
    public async Task Accepts_answers_for_every_event_type_without_throwing()
    {
        var connector = await CreateConnectorAsync();

        var accepted = EventTypes.All.Where(connector.Accepts).ToList();

        Assert.NotEmpty(accepted);
    }

    [Fact]
    public async Task Every_accepted_event_type_is_pushed_without_throwing()
    {
        var connector = await CreateConnectorAsync();

        foreach (var @event in KitSamples.OneOfEachEvent(Guid.NewGuid()).Where(e => connector.Accepts(EventJson.TypeOf(e))))
        {
            await connector.PushAsync(KitSamples.Delivery(@event), CancellationToken.None).WaitAsync(CallTimeout);
        }
    }

    [Fact]
    public async Task The_same_delivery_twice_is_accepted()
    {
        var connector = await CreateConnectorAsync();
        var @event = KitSamples.OneOfEachEvent(Guid.NewGuid()).First(e => connector.Accepts(EventJson.TypeOf(e)));
        var delivery = KitSamples.Delivery(@event);

        await connector.PushAsync(delivery, CancellationToken.None).WaitAsync(CallTimeout);
        await connector.PushAsync(delivery with { Attempt = 2 }, CancellationToken.None).WaitAsync(CallTimeout);
    }

    [Fact]
    public async Task A_cancelled_push_ends_promptly()
    {
        var connector = await CreateConnectorAsync();
        var @event = KitSamples.OneOfEachEvent(Guid.NewGuid()).First(e => connector.Accepts(EventJson.TypeOf(e)));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        // Either it stops with OperationCanceledException or it finishes quickly anyway; it must not hang.
        var ended = await Record.ExceptionAsync(
            () => connector.PushAsync(KitSamples.Delivery(@event), cancelled.Token).WaitAsync(CallTimeout));
        Assert.True(ended is null or OperationCanceledException, $"a cancelled push threw {ended}");
    }

    [Fact]
    public async Task Pull_returns_a_page_no_larger_than_asked()
    {
        var connector = await CreateConnectorAsync();

        var page = await connector.PullConstituentsAsync(null, 10, CancellationToken.None).WaitAsync(CallTimeout);

        Assert.NotNull(page);
        Assert.InRange(page.Constituents.Count, 0, 10);
    }
}
