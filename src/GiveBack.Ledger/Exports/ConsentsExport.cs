using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using GiveBack.Ledger.Consent;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Exports;

/// <summary>
/// Each donor's consent now, one row per channel and purpose (<see cref="ConsentState"/>). Donors and their latest
/// answers are read as two streams in donor order and walked together, so the whole table never sits in memory.
/// </summary>
public sealed class ConsentsExport(IDbContextFactory<GiveBackDbContext> contexts) : IRecordExport
{
    public string Name => "consents";

    public string Description =>
        "One row per donor, channel and purpose: whether GiveBack may contact the donor on that channel for that purpose, and the answer that says so.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("donor_id", "the donor (donors.csv)"),
        new("channel", "the outreach channel: email, or another a plugin offers (sms…)"),
        new("purpose", "receipts (a gift's thank-you and receipt: follows the e-mail opt-out only), appeals, news or events"),
        new("granted", "true when the donor may be contacted on this channel for this purpose"),
        new("source", "where the answer came from: giving-page, staff, import, api, donor-link; profile when the donor gave none (e-mail unless they opted out of all e-mail, and the channel they asked for)"),
        new("recorded_by", "who or what recorded the answer: a staff member, an API key, the payment whose giving page asked; empty for profile"),
        new("recorded_at", "when the answer was recorded (ISO 8601, UTC offset); for profile, when the profile last changed"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var donorsDb = await contexts.CreateDbContextAsync(cancellationToken);
        await using var answersDb = await contexts.CreateDbContextAsync(cancellationToken);
        var donors = donorsDb.Donors.AsNoTracking().Where(d => donorId == null || d.Id == donorId).OrderBy(d => d.Id);
        var answers = answersDb.DonorConsents
            .FromSql(
                $"""
                SELECT DISTINCT ON (c.donor_id, c.channel, c.purpose) c.* FROM donor_consents c
                WHERE EXISTS (SELECT 1 FROM donors d WHERE d.id = c.donor_id)
                ORDER BY c.donor_id, c.channel, c.purpose, c.id DESC
                """)
            .AsNoTracking()
            .Where(c => donorId == null || c.DonorId == donorId)
            .OrderBy(c => c.DonorId).ThenBy(c => c.Id);
        await using var answer = answers.AsAsyncEnumerable().GetAsyncEnumerator(cancellationToken);
        var pending = await answer.MoveNextAsync() ? answer.Current : null;
        await foreach (var d in donors.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var latest = new List<DonorConsentRecord>();
            // Both streams are in the database's donor order and every answer names a listed donor: the next ones are this donor's or a later one's.
            while (pending is not null && pending.DonorId == d.Id)
            {
                latest.Add(pending);
                pending = await answer.MoveNextAsync() ? answer.Current : null;
            }

            foreach (var s in ConsentState.Of(d.EmailOptOut, d.PreferredChannel, latest))
            {
                yield return [d.Id, s.Channel, s.Purpose, s.Granted, s.Source, s.RecordedBy, s.RecordedAt ?? d.UpdatedAt];
            }
        }
    }
}
