using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace HelloPlugin;

#region sample_hello_connector
/// <summary>Logs every gift it receives; reads its greeting from <c>Plugins:Hello:Greeting</c>.</summary>
public sealed partial class HelloConnector(IConfiguration configuration, ILogger<HelloConnector> logger) : ICrmConnector
{
    public bool Accepts(string eventType) => eventType == EventTypes.GiftRecorded;

    public Task PushAsync(EventDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (delivery.Event is GiftRecorded gift)
        {
            // DeliveryId is the same on every retry: a real connector uses it to avoid creating a gift twice.
            LogGift(configuration["Greeting"] ?? "Hello", gift.AmountMinor, gift.Currency, delivery.DeliveryId);
        }

        return Task.CompletedTask;
    }

    public Task<ConstituentPage> PullConstituentsAsync(string? cursor, int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult(ConstituentPage.Empty);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Greeting}! A gift of {AmountMinor} {Currency} (delivery {DeliveryId})")]
    private partial void LogGift(string greeting, long amountMinor, string currency, long deliveryId);
}
#endregion
