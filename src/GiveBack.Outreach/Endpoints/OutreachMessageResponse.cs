using GiveBack.Outreach.Queue;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Outreach.Endpoints;

/// <summary>
/// A message as staff see it: what it is (its kind, and the reference its producer gave it: the gift, the installment
/// <c>{pledgeId}:{number}</c>…), to whom, what became of it and why.
/// </summary>
public sealed record OutreachMessageResponse(
    long Id,
    string Kind,
    string Reference,
    MessageKind MessageKind,
    Guid DonorId,
    string Status,
    int Attempts,
    string? LastError,
    string? Channel,
    string? Subject,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? NextAttemptAt)
{
    public static OutreachMessageResponse From(OutreachMessageRecord message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(
            message.Id,
            message.Kind,
            message.Reference,
            Enum.TryParse<MessageKind>(message.MessageKind, out var kind) ? kind : default,
            message.DonorId,
            message.Status,
            message.Attempts,
            message.LastError,
            message.Channel,
            message.Subject,
            message.CreatedAt,
            message.SentAt,
            message.NextAttemptAt);
    }
}
