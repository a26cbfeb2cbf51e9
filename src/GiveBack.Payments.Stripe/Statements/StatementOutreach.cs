using GiveBack.Domain.Outreach;
using GiveBack.Ledger.Outreach;
using GiveBack.Payments.Statements;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Payments.Stripe.Statements;

/// <summary>
/// The statement message (<see cref="OutreachKinds.GivingStatement"/>, reference <c>{period}:{donorId}</c>): its PDF is
/// drawn at each attempt, in the language the message is written in, and the statement is marked sent once a channel
/// accepted it. Consent is the outreach module's: a donor who opted out of e-mail is settled opted out, nothing drawn.
/// </summary>
public sealed class StatementOutreach(StatementComposer composer, StatementRuns runs) : IOutreachKindHandler
{
    public bool Owns(string kind) => kind == OutreachKinds.GivingStatement;

    public async Task<IReadOnlyList<OutreachAttachment>> AttachmentsAsync(QueuedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var period = Period(message);
        var holder = await composer.DonorAsync(message.DonorId, message.Language)
            ?? throw new InvalidOperationException($"Donor {message.DonorId} of statement {message.Reference} is not known.");
        return [new OutreachAttachment(period.FileName, "application/pdf", await composer.RenderAsync(holder, period, cancellationToken))];
    }

    public Task OnSentAsync(QueuedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return runs.MarkSentAsync(message.DonorId, Period(message), cancellationToken);
    }

    private static StatementPeriod Period(QueuedMessage message) =>
        StatementPeriod.FromKey(message.Reference[..message.Reference.LastIndexOf(':')])
            ?? throw new InvalidOperationException($"'{message.Reference}' names no statement period.");
}
