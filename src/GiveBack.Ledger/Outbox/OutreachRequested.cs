namespace GiveBack.Ledger.Outbox;

public sealed record OutreachRequested(string Kind, string Reference, Guid DonorId, string Subject, string Body);
