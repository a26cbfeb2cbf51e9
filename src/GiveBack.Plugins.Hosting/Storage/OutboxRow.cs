namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>A row of the ledger's <c>outbox_messages</c>, with the delivery attempts already made for one plugin.</summary>
internal sealed record OutboxRow(long Id, DateTimeOffset OccurredAt, string Type, Guid? DonorId, string Payload, int Attempts);
