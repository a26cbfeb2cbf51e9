namespace GiveBack.StripeEmulator.Control;

/// <summary>Body of <c>POST /_emulator/checkout/sessions/{id}/complete</c>: who pays when the session names nobody.</summary>
public sealed record CompleteCheckoutRequest(string? Email = null, string? Name = null);

/// <summary>Body of <c>POST /_emulator/subscriptions/{id}/advance</c>: <c>success</c> or <c>failure</c>.</summary>
public sealed record AdvanceSubscriptionRequest(string Outcome = "success");

/// <summary>Body of <c>POST /_emulator/charges/{id}/dispute</c>; the amount defaults to what is not refunded.</summary>
public sealed record OpenDisputeRequest(long? Amount = null, string? Reason = null);

/// <summary>Body of <c>POST /_emulator/disputes/{id}/close</c>: <c>won</c> or <c>lost</c>.</summary>
public sealed record CloseDisputeRequest(string Outcome);

/// <summary>Body and answer of <c>/_emulator/webhooks</c>; a null field is left as it is.</summary>
public sealed record WebhookConfig(IReadOnlyList<string>? Urls = null, string? Secret = null);

/// <summary>Body of <c>POST /_emulator/webhooks/duplicate</c>: each of the next <c>Events</c> events goes out <c>Times</c> times.</summary>
public sealed record DuplicateRequest(int Events, int Times);

/// <summary>Body of <c>POST /_emulator/webhooks/reverse</c>: the next <c>Events</c> events go out newest first.</summary>
public sealed record ReverseRequest(int Events);

/// <summary>Body of <c>POST /_emulator/webhooks/resume</c>: with <c>Reverse</c>, what queued while paused goes out newest first.</summary>
public sealed record ResumeRequest(bool Reverse = false);

/// <summary>Body of <c>POST /_emulator/faults</c>: the next <c>Count</c> API calls under <c>PathPrefix</c> fail with <c>Status</c>.</summary>
public sealed record FaultRequest(string PathPrefix, int Status = 500, int Count = 1);
