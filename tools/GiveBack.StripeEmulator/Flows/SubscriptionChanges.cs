using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Flows;

/// <summary>
/// <c>POST /v1/subscriptions/{id}</c>: amount changes through <c>items[i][price]</c> or <c>items[i][price_data]</c>,
/// <c>cancel_at_period_end</c>, metadata. Sends <c>customer.subscription.updated</c> with the previous values.
/// Call under the store's lock.
/// </summary>
internal sealed class SubscriptionChanges(EmulatorStore store, EventPublisher events)
{
    public void Apply(JsonObject subscription, FormTree form)
    {
        var previous = new JsonObject();
        var canceled = (string?)subscription["status"] == "canceled";
        if (canceled && (form.Has("items") || form.Has("cancel_at_period_end")))
        {
            throw StripeApiException.State("A canceled subscription can only update its cancellation_details and metadata.");
        }

        if (form.Has("metadata"))
        {
            previous["metadata"] = subscription["metadata"]!.DeepClone();
            form.ApplyMetadata(subscription["metadata"]!.AsObject(), "metadata");
        }

        if (form.String("description") is { } description)
        {
            previous["description"] = (string?)subscription["description"];
            subscription["description"] = description.Length == 0 ? null : description;
        }

        if (form.Bool("cancel_at_period_end") is { } cancelAtPeriodEnd && cancelAtPeriodEnd != (bool)subscription["cancel_at_period_end"]!)
        {
            previous["cancel_at_period_end"] = !cancelAtPeriodEnd;
            previous["cancel_at"] = subscription["cancel_at"]?.DeepClone();
            subscription["cancel_at_period_end"] = cancelAtPeriodEnd;
            subscription["cancel_at"] = cancelAtPeriodEnd
                ? (long)SubscriptionObjects.Items(subscription)[0]!["current_period_end"]!
                : null;
            subscription["canceled_at"] = cancelAtPeriodEnd ? store.Now : null;
        }

        var changes = form.Items("items");
        if (changes.Count > 0)
        {
            previous["items"] = subscription["items"]!.DeepClone();
            foreach (var change in changes)
            {
                ApplyItem(subscription, change);
            }
        }

        if (previous.Count > 0)
        {
            events.Publish("customer.subscription.updated", subscription, previous);
        }
    }

    private void ApplyItem(JsonObject subscription, FormTree change)
    {
        var items = SubscriptionObjects.Items(subscription);
        var itemId = change.String("id");
        var item = itemId is null ? null : items.OfType<JsonObject>().FirstOrDefault(i => (string?)i["id"] == itemId);
        if (itemId is not null && item is null)
        {
            throw StripeApiException.NoSuch("subscription_item", itemId, "items[0][id]");
        }

        if (change.Bool("deleted") == true)
        {
            if (item is not null)
            {
                items.Remove(item);
            }

            return;
        }

        var price = PriceFor(change, (string)subscription["currency"]!);
        if (item is null)
        {
            var template = items.OfType<JsonObject>().FirstOrDefault();
            var start = (long?)template?["current_period_start"] ?? store.Now;
            var end = (long?)template?["current_period_end"]
                ?? SubscriptionObjects.AddInterval(start, (string?)price?["recurring"]?["interval"] ?? "month");
            item = SubscriptionObjects.Item(store.Now, (string)subscription["id"]!, price ?? throw StripeApiException.Missing("items[0][price]"), 1, start, end);
            items.Add(item);
        }
        else if (price is not null)
        {
            item["price"] = price.DeepClone();
        }

        if (change.Long("quantity") is { } quantity)
        {
            item["quantity"] = quantity;
        }
    }

    private JsonObject? PriceFor(FormTree change, string currency)
    {
        if (change.String("price") is { } priceId)
        {
            return store.Get(priceId, "price", "items[0][price]");
        }

        if (change.Child("price_data") is not { } data)
        {
            return null;
        }

        var productId = data.Required("product");
        store.Get(productId, "product", "items[0][price_data][product]");
        var price = PriceObjects.Price(
            store.Now, productId, data.String("currency") ?? currency,
            data.Long("unit_amount") ?? throw StripeApiException.Missing("items[0][price_data][unit_amount]"),
            data.String("recurring", "interval") ?? throw StripeApiException.Missing("items[0][price_data][recurring][interval]"));
        store.Put(price);
        return price;
    }
}
