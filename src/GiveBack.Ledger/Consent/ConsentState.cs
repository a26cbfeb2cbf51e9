using GiveBack.Domain.Consent;
using GiveBack.Domain.Outreach;

namespace GiveBack.Ledger.Consent;

/// <summary>
/// The table of a donor's consent now, channel by purpose, as the donor page, the API and the export show it: every
/// channel the donor consented to or answered about (e-mail always, as its opt-out is an answer too), each purpose,
/// granted as <see cref="PurposeConsent"/> decides, with the answer that decided it.
/// </summary>
public static class ConsentState
{
    public static IReadOnlyList<ConsentStatus> Of(bool emailOptOut, string? preferredChannel, IReadOnlyList<DonorConsentRecord> latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var answers = latest.Select(c => new ConsentAnswer(c.Channel, c.Purpose, c.Granted)).ToList();
        var channels = ChannelConsent.ConsentedChannels(emailOptOut, preferredChannel)
            .Prepend(ChannelConsent.Email)
            .Concat(latest.Select(c => c.Channel))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var statuses = new List<ConsentStatus>(channels.Count * ConsentPurposes.All.Count);
        foreach (var channel in channels)
        {
            foreach (var purpose in ConsentPurposes.All)
            {
                var granted = PurposeConsent.ConsentedChannels(emailOptOut, preferredChannel, purpose, answers)
                    .Contains(channel, StringComparer.OrdinalIgnoreCase);
                var answer = purpose == ConsentPurposes.Receipts
                    ? null
                    : latest.FirstOrDefault(c => c.Purpose == purpose && string.Equals(c.Channel, channel, StringComparison.OrdinalIgnoreCase));
                statuses.Add(answer is null
                    ? new ConsentStatus(channel, purpose, granted, ConsentSources.Profile, null, null)
                    : new ConsentStatus(channel, purpose, granted, answer.Source, answer.RecordedBy, answer.RecordedAt));
            }
        }

        return statuses;
    }
}
