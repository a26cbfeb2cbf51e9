using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using GiveBack.Domain.Outreach;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Exports;

/// <summary>Each donor's consent to be contacted, per channel, as the donor record holds it.</summary>
public sealed class ConsentsExport(IDbContextFactory<GiveBackDbContext> contexts) : IRecordExport
{
    public string Name => "consents";

    public string Description => "One row per donor: which outreach channels they agreed to, and the one they prefer.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("donor_id", "the donor (donors.csv)"),
        new("email_opt_out", "true when the donor asked for no e-mail at all (not even thank-yous)"),
        new("preferred_channel", "the channel the donor asked to be reached on; empty means e-mail"),
        new("consented_channels", "the channels GiveBack may use, separated by spaces (e.g. \"email sms\")"),
        new("changed_at", "when the consent last changed (the profile's last change)"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var donors = db.Donors.AsNoTracking().Where(d => donorId == null || d.Id == donorId).OrderBy(d => d.Id);
        await foreach (var d in donors.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                d.Id, d.EmailOptOut, d.PreferredChannel,
                string.Join(' ', ChannelConsent.ConsentedChannels(d.EmailOptOut, d.PreferredChannel)), d.UpdatedAt,
            ];
        }
    }
}
