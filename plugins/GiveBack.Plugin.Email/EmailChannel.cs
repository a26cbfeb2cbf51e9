using GiveBack.Plugins.Abstractions.Outreach;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace GiveBack.Plugin.Email;

/// <summary>
/// Sends one e-mail per message over SMTP, with the HTML and plain-text bodies and the attachments the host rendered,
/// to donors who consented to e-mail.
/// </summary>
internal sealed partial class EmailChannel(IConfiguration configuration, ILogger<EmailChannel> logger) : IOutreachChannel
{
    public string Channel => "email";

    public async Task<OutreachResult> SendAsync(OutreachMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Recipient.HasConsentedTo(Channel))
        {
            return OutreachResult.OptedOut();
        }

        if (string.IsNullOrWhiteSpace(message.Recipient.Email))
        {
            return OutreachResult.Failed("the donor has no email address");
        }

        var settings = EmailSettings.Read(configuration);
        var body = new BodyBuilder { HtmlBody = message.Html, TextBody = message.Text };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content.ToArray(), ContentType.Parse(attachment.ContentType));
        }

        using var mime = new MimeMessage
        {
            Subject = message.Subject,
            // A stable Message-Id: a retried send of the same message can be recognised by the receiving side.
            MessageId = $"{message.MessageId:N}@giveback",
            Body = body.ToMessageBody(),
        };
        var fromName = settings.FromName ?? message.Values.GetValueOrDefault("organization") ?? settings.From;
        mime.From.Add(new MailboxAddress(fromName, settings.From));
        mime.To.Add(new MailboxAddress($"{message.Recipient.FirstName} {message.Recipient.LastName}", message.Recipient.Email));

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Username))
        {
            await smtp.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
        }

        var answer = await smtp.SendAsync(mime, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
        LogSent(message.Kind, message.Recipient.DonorId);
        return OutreachResult.Delivered(answer);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Kind} sent to donor {DonorId}")]
    private partial void LogSent(MessageKind kind, Guid donorId);
}
