namespace GiveBack.Ledger.Consent;

/// <summary>
/// The channel ids a consent may be recorded for: e-mail, and each channel an installed outreach plugin offers
/// (enabled or not, as consent given today holds when the plugin is switched on). The outreach module knows them.
/// </summary>
public interface IConsentChannels
{
    IReadOnlyList<string> Known { get; }
}
