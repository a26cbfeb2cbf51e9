using System.Text.Json.Nodes;
using Stripe;

namespace GiveBack.StripeEmulator.Tests;

/// <summary>Every object the emulator emits uses only field names Stripe's own fixtures have for that type.</summary>
public sealed class FixtureShapeTests : EmulatorTestBase
{
    [Fact]
    public async Task Every_emitted_object_uses_only_fixture_field_names()
    {
        await ExerciseEverythingAsync();
        var fixtures = LoadFixtures();
        var objects = await Emulator.Control.GetObjectsAsync();
        var emittedTypes = objects.Select(o => (string)o["object"]!).ToHashSet();

        string[] expected =
        [
            "customer", "checkout.session", "payment_intent", "charge", "balance_transaction", "refund", "dispute",
            "subscription", "invoice", "invoice_payment", "price", "product", "event", "billing_portal.session",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), emittedTypes.Order(StringComparer.Ordinal));

        var problems = new List<string>();
        foreach (var obj in objects)
        {
            Check(obj, fixtures, $"{obj["object"]} {obj["id"]}", problems);
        }

        Assert.Empty(problems);
    }

    private static void Check(JsonNode? node, JsonObject fixtures, string where, List<string> problems)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Check(item, fixtures, where, problems);
                }

                break;
            case JsonObject obj:
                if (obj["object"] is JsonValue typeValue && typeValue.TryGetValue<string>(out var type) && type != "list")
                {
                    if (fixtures[type] is not JsonObject fixture)
                    {
                        problems.Add($"{where}: type '{type}' is not in fixtures3.json");
                    }
                    else
                    {
                        problems.AddRange(obj.Select(p => p.Key).Where(k => !fixture.ContainsKey(k)).Select(k => $"{where}: {type}.{k} is not a fixture field"));
                    }
                }

                foreach (var (_, child) in obj)
                {
                    Check(child, fixtures, where, problems);
                }

                break;
            default:
                break;
        }
    }

    private async Task ExerciseEverythingAsync()
    {
        var customer = await new CustomerService(Client).CreateAsync(new CustomerCreateOptions { Email = "ada@example.org" });
        await new Stripe.BillingPortal.SessionService(Client).CreateAsync(new Stripe.BillingPortal.SessionCreateOptions { Customer = customer.Id });

        var payment = await CreatePaymentSessionAsync(5000);
        await Emulator.Control.FailCheckoutAsync(payment.Id);
        await Emulator.Control.CompleteCheckoutAsync(payment.Id);
        var chargeId = (string)(await Emulator.Control.GetObjectsAsync("charge"))[0]["id"]!;
        await new RefundService(Client).CreateAsync(new RefundCreateOptions { Charge = chargeId, Amount = 1000 });
        var disputeId = (string)(await Emulator.Control.OpenDisputeAsync(chargeId))["id"]!;
        await Emulator.Control.CloseDisputeAsync(disputeId, won: false);

        var monthly = await CreateSubscriptionSessionAsync(2000);
        await Emulator.Control.CompleteCheckoutAsync(monthly.Id);
        var subscriptionId = (string)(await Emulator.Control.GetObjectsAsync("subscription"))[0]["id"]!;
        await Emulator.Control.AdvanceSubscriptionAsync(subscriptionId);
        await Emulator.Control.AdvanceSubscriptionAsync(subscriptionId, success: false);
        await new SubscriptionService(Client).UpdateAsync(subscriptionId, new SubscriptionUpdateOptions { CancelAtPeriodEnd = true });
        await Emulator.Control.AdvanceSubscriptionAsync(subscriptionId);
    }

    private static JsonObject LoadFixtures()
    {
        var path = FixturesPath();
        var root = JsonNode.Parse(System.IO.File.ReadAllText(path))!.AsObject();
        return root["resources"]!.AsObject();
    }

    /// <summary><c>../shared/stripe/fixtures3.json</c> beside the repository root (the folder holding GiveBack.sln).</summary>
    private static string FixturesPath()
    {
        var candidate = Path.GetFullPath(Path.Combine(GiveBack.Testing.RepositoryRoot.Path, "..", "shared", "stripe", "fixtures3.json"));
        if (System.IO.File.Exists(candidate))
        {
            return candidate;
        }

        return "/work/shared/stripe/fixtures3.json";
    }
}
