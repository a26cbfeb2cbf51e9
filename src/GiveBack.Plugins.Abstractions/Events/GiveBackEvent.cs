namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>Base of every event the host delivers to CRM connectors. Each concerns one donor.</summary>
/// <param name="DonorId">The donor the event is about; the host keeps events of one donor in order per plugin.</param>
public abstract record GiveBackEvent(Guid DonorId);
