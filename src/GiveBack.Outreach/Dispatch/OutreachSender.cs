using System.Text.Json;
using GiveBack.Domain.Consent;
using GiveBack.Domain.Outreach;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Consent;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Queue;
using GiveBack.Outreach.Staff;
using GiveBack.Outreach.Templates;
using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Plugins.Hosting.Logging;
using GiveBack.Plugins.Hosting.Outreach;
using GiveBack.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Outreach.Dispatch;

/// <summary>
/// One attempt at one claimed message: who the donor is now and what they consented to for the message's purpose
/// (<see cref="MessagePurposes"/>, <see cref="PurposeConsent"/>), the wording in their language,
/// which channel, the kind's attachments, the send through the plugin host, and the outcome written back. Only when a
/// channel accepted the message does the kind's handler record it as sent (stamps, receipts). A message to staff goes
/// by e-mail to its address, worded with what its kind's <see cref="IStaffOutreachKindHandler"/> gives at that moment.
/// </summary>
public sealed partial class OutreachSender(
    IGrainFactory grains,
    PluginChannels channels,
    OutreachTemplates templates,
    OutreachStore store,
    DonorConsents consents,
    IEnumerable<IOutreachKindHandler> handlers,
    IEnumerable<IStaffOutreachKindHandler> staffHandlers,
    IOptions<OutreachOptions> options,
    TimeProvider clock,
    ILogger<OutreachSender> logger)
{
    private readonly IReadOnlyList<IOutreachKindHandler> _handlers = [.. handlers];

    private readonly IReadOnlyList<IStaffOutreachKindHandler> _staffHandlers = [.. staffHandlers];

    public async Task SendAsync(OutreachMessageRecord claimed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var (draft, unsendable) = claimed.RecipientKind == OutreachRecipients.Staff
            ? await StaffDraftAsync(claimed, cancellationToken)
            : await DraftAsync(claimed, cancellationToken);
        if (draft is null)
        {
            await SettleAsync(claimed, Final(claimed, OutreachStatuses.Dead, unsendable, null, null), cancellationToken);
            return;
        }

        var (rendered, problem) = Word(claimed, draft);
        var choice = ChannelChoice.For(draft.Recipient, draft.PreferredChannel, channels.Available, draft.Purpose);
        if (choice.Channel is not { } channel)
        {
            await SettleAsync(claimed, Final(claimed, choice.Status!, choice.Reason, null, rendered?.Subject), cancellationToken);
            return;
        }

        var (attachments, attachmentProblem) = rendered is null ? ([], null) : await AttachAsync(draft, cancellationToken);
        if (rendered is null || attachmentProblem is not null)
        {
            await SettleAsync(claimed, Failure(claimed, channel, problem ?? attachmentProblem!, rendered?.Subject), cancellationToken);
            return;
        }

        var message = new OutreachMessage(
            claimed.MessageId, draft.Kind, draft.Recipient, rendered.Subject, rendered.Text, rendered.Html, rendered.Values, attachments);
        var result = await channels.SendAsync(channel, message, cancellationToken);
        var outcome = result.Status switch
        {
            OutreachStatus.Delivered => new Settlement(
                OutreachStatuses.Sent, claimed.Attempts + 1, null, null, channel, result.Detail, rendered.Subject, clock.GetUtcNow()),
            OutreachStatus.OptedOut => Final(claimed, OutreachStatuses.OptedOut, $"the {channel} channel answered that the donor opted out", channel, rendered.Subject),
            _ => Failure(claimed, channel, result.Detail ?? "the channel gave no reason", rendered.Subject),
        };
        if (await SettleAsync(claimed, outcome, cancellationToken) && outcome.Status == OutreachStatuses.Sent && draft.Handler is not null)
        {
            await RecordSentAsync(draft.Handler, draft.Message, cancellationToken);
        }
    }

    /// <summary>The message and its recipient as they are now; null (with the reason) when it can never be sent.</summary>
    private async Task<(Draft? Draft, string Reason)> DraftAsync(OutreachMessageRecord claimed, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<MessageKind>(claimed.MessageKind, out var kind) || !TryReadValues(claimed.Values, out var values))
        {
            return (null, "the message's kind or values cannot be read");
        }

        if (await grains.GetGrain<IDonorGrain>(claimed.DonorId).GetAsync() is not { } donor)
        {
            return (null, "the donor does not exist");
        }

        var profile = donor.Profile;
        var language = OutreachLanguage.Of(claimed.Language ?? profile.Language);
        var purpose = MessagePurposes.Of(kind);
        // Receipts follow the profile alone: their answers are not read for every thank-you.
        var answers = purpose == ConsentPurposes.Receipts ? [] : await consents.AnswersAsync(donor.Id, cancellationToken);
        var recipient = new OutreachRecipient(
            donor.Id, profile.FirstName, profile.LastName, profile.Email, null, language.Code,
            PurposeConsent.ConsentedChannels(profile.EmailOptOut, profile.PreferredChannel, purpose, answers));
        var message = new QueuedMessage(claimed.Id, claimed.Kind, claimed.Reference, claimed.DonorId, language.Code, values);
        return (new Draft(recipient, profile.PreferredChannel, language, kind, message, _handlers.FirstOrDefault(h => h.Owns(claimed.Kind)), purpose), string.Empty);
    }

    /// <summary>
    /// A message to staff: always by e-mail to the row's address; the name and any secret values come from the kind's
    /// handler now, for this attempt, and are never stored.
    /// </summary>
    private async Task<(Draft? Draft, string Reason)> StaffDraftAsync(OutreachMessageRecord claimed, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<MessageKind>(claimed.MessageKind, out var kind) || !TryReadValues(claimed.Values, out var values) || claimed.StaffEmail is not { } email)
        {
            return (null, "the message's kind, values or address cannot be read");
        }

        if (_staffHandlers.FirstOrDefault(h => h.Owns(claimed.Kind)) is not { } handler)
        {
            return (null, $"no module prepares staff messages of kind {claimed.Kind}");
        }

        var language = OutreachLanguage.Of(claimed.Language);
        var queued = new StaffQueuedMessage(claimed.Id, claimed.Kind, claimed.Reference, email, language.Code, values);
        if (await handler.PrepareAsync(queued, cancellationToken) is not { } content)
        {
            return (null, "the staff account can no longer receive it");
        }

        values.With(content.Values);
        var recipient = new OutreachRecipient(Guid.Empty, content.Name, string.Empty, email, null, language.Code, [ChannelConsent.Email]);
        var message = new QueuedMessage(claimed.Id, claimed.Kind, claimed.Reference, Guid.Empty, language.Code, values);
        return (new Draft(recipient, ChannelConsent.Email, language, kind, message, null, null), string.Empty);
    }

    /// <summary>Worded even when it will not be sent, so staff see the subject of every message.</summary>
    private (RenderedMessage? Rendered, string? Problem) Word(OutreachMessageRecord claimed, Draft draft)
    {
        try
        {
            return (templates.Render(claimed.Kind, draft.Language, draft.Message.Values, draft.Recipient), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A missing or malformed template, or a value that cannot be written (an unsupported currency): a failed
            // attempt with the reason, so it is retried after a fix and dies if it never gets one.
            return (null, $"the message could not be worded: {exception.Message}");
        }
    }

    private static async Task<(IReadOnlyList<OutreachAttachment> Attachments, string? Problem)> AttachAsync(Draft draft, CancellationToken cancellationToken)
    {
        if (draft.Handler is null)
        {
            return ([], null);
        }

        try
        {
            return (await draft.Handler.AttachmentsAsync(draft.Message, cancellationToken), null);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return ([], $"the attachments could not be made: {exception.Message}");
        }
    }

    private async Task<bool> SettleAsync(OutreachMessageRecord claimed, Settlement outcome, CancellationToken cancellationToken)
    {
        var settled = await store.SettleAsync(claimed, outcome, cancellationToken);
        // A channel's reason may quote the address (an SMTP rejection): the log gets it without.
        var reason = PersonalDataRedaction.Redact(outcome.LastError);
        if (!settled)
        {
            LogClaimLost(claimed.Id, claimed.Kind);
        }
        else if (outcome.Status == OutreachStatuses.Sent)
        {
            LogSent(claimed.Id, claimed.Kind, claimed.DonorId, outcome.Channel);
        }
        else if (outcome.Status is OutreachStatuses.Failed or OutreachStatuses.Dead)
        {
            LogFailed(claimed.Id, claimed.Kind, claimed.DonorId, outcome.Status, outcome.Attempts, reason);
        }
        else
        {
            LogNotSent(claimed.Id, claimed.Kind, claimed.DonorId, outcome.Status, reason);
        }

        return settled;
    }

    private async Task RecordSentAsync(IOutreachKindHandler handler, QueuedMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await handler.OnSentAsync(message, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The donor has the message: sending it again would be worse than a missing stamp, which the log names.
            LogOnSentFailed(exception, message.Id, message.Kind);
        }
    }

    private static bool TryReadValues(string json, out OutreachValues values)
    {
        try
        {
            values = OutreachValues.FromJson(json);
            return true;
        }
        catch (JsonException)
        {
            values = new OutreachValues();
            return false;
        }
    }

    private static Settlement Final(OutreachMessageRecord claimed, string status, string? reason, string? channel, string? subject) =>
        new(status, claimed.Attempts, null, reason, channel, null, subject, null);

    private Settlement Failure(OutreachMessageRecord claimed, string channel, string reason, string? subject)
    {
        var attempts = claimed.Attempts + 1;
        var settings = options.Value;
        return attempts >= settings.MaxAttempts
            ? new Settlement(OutreachStatuses.Dead, attempts, null, reason, channel, null, subject, null)
            : new Settlement(
                OutreachStatuses.Failed, attempts, clock.GetUtcNow() + Backoff.After(attempts, settings.BackoffBase, settings.BackoffMax),
                reason, channel, null, subject, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outreach message {MessageId} ({Kind}) sent to donor {DonorId} on {Channel}")]
    private partial void LogSent(long messageId, string kind, Guid donorId, string? channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outreach message {MessageId} ({Kind}) to donor {DonorId} not sent ({Status}): {Reason}")]
    private partial void LogNotSent(long messageId, string kind, Guid donorId, string status, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outreach message {MessageId} ({Kind}) to donor {DonorId} is {Status} after {Attempts} attempts: {Reason}")]
    private partial void LogFailed(long messageId, string kind, Guid donorId, string status, int attempts, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outreach message {MessageId} ({Kind}) was resent or claimed by another host meanwhile; this attempt's outcome is dropped")]
    private partial void LogClaimLost(long messageId, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outreach message {MessageId} ({Kind}) was sent, but recording it with its module failed")]
    private partial void LogOnSentFailed(Exception exception, long messageId, string kind);

    /// <summary>
    /// A message ready to word: the recipient as the donor is now (consented channels for the purpose), the language,
    /// the kind's handler, and the consent purpose (null for a message to staff).
    /// </summary>
    private sealed record Draft(
        OutreachRecipient Recipient, string? PreferredChannel, OutreachLanguage Language, MessageKind Kind, QueuedMessage Message, IOutreachKindHandler? Handler,
        string? Purpose);
}
