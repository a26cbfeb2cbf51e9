using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Http;

/// <summary>
/// Stripe's <c>expand[]</c>: replaces an id at each dotted path with a copy of the object it names, so
/// <c>payment_intent.latest_charge.balance_transaction</c> expands three levels. Lists are walked through <c>data</c>.
/// </summary>
internal static class Expander
{
    public static JsonObject Expand(JsonObject source, IEnumerable<string> paths, EmulatorStore store)
    {
        var copy = source.DeepClone().AsObject();
        foreach (var path in paths.Where(p => p.Length > 0))
        {
            Walk(copy, path.Split('.'), 0, store);
        }

        return copy;
    }

    private static void Walk(JsonNode? node, string[] segments, int index, EmulatorStore store)
    {
        if (index >= segments.Length)
        {
            return;
        }

        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, segments, index, store);
                }

                break;
            case JsonObject obj:
                var segment = segments[index];
                var child = obj[segment];
                if (child is JsonValue value && value.TryGetValue<string>(out var id) && store.Find(id) is { } target)
                {
                    child = target.DeepClone();
                    obj[segment] = child;
                }
                else if (child is null && segment == "payments" && (string?)obj["object"] == "invoice")
                {
                    // Includable: an invoice's payments appear only when asked for.
                    child = InvoicePaymentsList(obj, store);
                    obj[segment] = child;
                }

                Walk(child, segments, index + 1, store);
                break;
            default:
                break;
        }
    }

    private static JsonObject InvoicePaymentsList(JsonObject invoice, EmulatorStore store)
    {
        var invoiceId = (string?)invoice["id"];
        var payments = store.List("invoice_payment").Where(p => (string?)p["invoice"] == invoiceId);
        return StripeJson.List(payments.Select(p => (JsonNode)p.DeepClone()), $"/v1/invoice_payments?invoice={invoiceId}", false);
    }
}
