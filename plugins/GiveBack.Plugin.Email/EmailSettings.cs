using System.Globalization;
using MailKit.Security;
using Microsoft.Extensions.Configuration;

namespace GiveBack.Plugin.Email;

/// <summary>
/// Read on every send, so changed settings apply without a restart. The password comes from the environment. Without
/// <c>FromName</c> the sender is named after the institution (the message's <c>organization</c> value).
/// </summary>
internal sealed record EmailSettings(
    string Host, int Port, SecureSocketOptions Security, string? Username, string? Password, string From, string? FromName)
{
    public static EmailSettings Read(IConfiguration configuration)
    {
        var host = configuration["Host"] ?? throw new InvalidOperationException("Plugins:Email:Host is not set.");
        var from = configuration["From"] ?? throw new InvalidOperationException("Plugins:Email:From is not set.");
        var port = int.Parse(configuration["Port"] ?? "25", CultureInfo.InvariantCulture);
        var security = Enum.Parse<SecureSocketOptions>(configuration["Security"] ?? nameof(SecureSocketOptions.StartTlsWhenAvailable), true);
        return new EmailSettings(host, port, security, configuration["Username"], configuration["Password"], from, configuration["FromName"]);
    }
}
