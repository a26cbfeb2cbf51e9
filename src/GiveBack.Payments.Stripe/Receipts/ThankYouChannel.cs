using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// The outreach path for thank-yous until the outreach plugins land: each message is written to a file in
/// <c>Stripe:ThankYouDirectory</c> (one per receipt, so a retry rewrites the same file), and logged.
/// </summary>
public sealed partial class ThankYouChannel(IOptions<StripeOptions> options, ILogger<ThankYouChannel> logger)
{
    public async Task SendAsync(ThankYouMessage message, CancellationToken cancellationToken = default)
    {
        LogThankYou(logger, message.Reference, message.To ?? "(no email)", message.Subject);
        if (options.Value.ThankYouDirectory is not { Length: > 0 } directory)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        var text = $"To: {message.To}\nSubject: {message.Subject}\n\n{message.Body}\n";
        await System.IO.File.WriteAllTextAsync(Path.Combine(directory, $"thank-you-{message.Reference}.txt"), text, Encoding.UTF8, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Thank-you for receipt {Reference} to {To}: {Subject}")]
    private static partial void LogThankYou(ILogger logger, string reference, string to, string subject);
}
