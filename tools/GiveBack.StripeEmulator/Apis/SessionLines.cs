using System.Globalization;
using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Apis;

/// <summary>
/// Turns a Checkout line item (<c>price</c>, or <c>price_data</c> with <c>product_data</c> or <c>product</c>) into a
/// stored price, checking it fits the session's mode as Stripe does.
/// </summary>
internal static class SessionLines
{
    public static (JsonObject Price, long Quantity) Price(EmulatorStore store, FormTree line, int index, string mode, long now)
    {
        var param = string.Create(CultureInfo.InvariantCulture, $"line_items[{index}]");
        var quantity = line.Long("quantity") ?? 1;
        JsonObject price;
        if (line.String("price") is { } priceId)
        {
            price = store.Get(priceId, "price", $"{param}[price]");
        }
        else if (line.Child("price_data") is { } data)
        {
            var currency = data.String("currency") ?? throw StripeApiException.Missing($"{param}[price_data][currency]");
            var unitAmount = data.Long("unit_amount") ?? throw StripeApiException.Missing($"{param}[price_data][unit_amount]");
            string productId;
            if (data.String("product") is { } existing)
            {
                productId = (string)store.Get(existing, "product", $"{param}[price_data][product]")["id"]!;
            }
            else
            {
                var name = data.String("product_data", "name") ?? throw StripeApiException.Missing($"{param}[price_data][product_data][name]");
                var product = PriceObjects.Product(now, name);
                store.Put(product);
                productId = (string)product["id"]!;
            }

            price = PriceObjects.Price(now, productId, currency.ToLowerInvariant(), unitAmount, data.String("recurring", "interval"));
            store.Put(price);
        }
        else
        {
            throw StripeApiException.Missing($"{param}[price]");
        }

        var recurring = price["recurring"] is not null;
        if (mode == "payment" && recurring)
        {
            throw StripeApiException.Invalid(param, "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.");
        }

        if (mode == "subscription" && !recurring)
        {
            throw StripeApiException.Invalid(param, "You must provide at least one recurring price in `subscription` mode when using prices.");
        }

        return (price, quantity);
    }
}
