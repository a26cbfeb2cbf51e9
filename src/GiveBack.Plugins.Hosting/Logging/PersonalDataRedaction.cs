using System.Text.RegularExpressions;

namespace GiveBack.Plugins.Hosting.Logging;

/// <summary>
/// The one way personal data is taken out of free text bound for the logs: errors and reasons that come back from
/// plugins and the servers behind them (an SMTP server's "550 5.1.1 &lt;ada@example.org&gt;: Recipient address rejected")
/// carry e-mail addresses that the product's own messages never put there. Logs leave the office (aggregators, support
/// tickets); the delivery tables staff read keep the full text.
/// </summary>
public static partial class PersonalDataRedaction
{
    /// <summary>What an e-mail address is replaced with.</summary>
    public const string Placeholder = "[e-mail]";

    /// <summary>The text with every e-mail address replaced by <see cref="Placeholder"/>; null stays null.</summary>
    public static string? Redact(string? text) => text is null ? null : EmailAddress().Replace(text, Placeholder);

    // Deliberately broad (anything@anything.tld, no nested quantifiers): a false positive costs a word in a log line.
    [GeneratedRegex(@"[^\s<>()\[\],;:""'@]+@[^\s<>()\[\],;:""'@]+\.[^\s<>()\[\],;:""'@]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailAddress();
}
