namespace GiveBack.LoadHarness.Webhooks;

/// <summary>One online gift paid in the emulator: its PaymentIntent (the ledger row's external id), amount and event.</summary>
internal sealed record PaidCheckout(string PaymentIntentId, long Amount, string EventPayload);
