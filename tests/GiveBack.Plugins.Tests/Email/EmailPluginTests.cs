using System.Globalization;
using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Plugins.Hosting.Outreach;
using GiveBack.Plugins.Tests.Infrastructure;
using GiveBack.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace GiveBack.Plugins.Tests.Email;

/// <summary>The Email plugin loaded from disk by a real plugin host, sending to a real SMTP server: it transports what the host rendered.</summary>
public sealed class EmailPluginTests : IAsyncLifetime
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray();

    private SmtpSink _smtp = null!;
    private PluginTestHost _host = null!;

    private PluginChannels Channels => _host.App.Services.GetRequiredService<PluginChannels>();

    public async Task InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _host = await PluginTestHost.StartAsync(["Email"], EmailSettings(_smtp.Port));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    public static Dictionary<string, string?> EmailSettings(int port) => new()
    {
        ["Plugins:Email:Host"] = "127.0.0.1",
        ["Plugins:Email:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Plugins:Email:Security"] = "None",
        ["Plugins:Email:From"] = "giving@alumni.example.edu",
    };

    [Fact]
    public async Task The_rendered_subject_bodies_and_attachment_arrive_as_one_email()
    {
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Élodie", "Martin", "elodie@example.org", null, "fr", ["email"]);
        var message = Message(MessageKind.ThankYou, recipient, "Merci pour votre don, Élodie !");

        var result = await Channels.SendAsync("email", message, default);

        Assert.Equal(OutreachStatus.Delivered, result.Status);
        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal("elodie@example.org", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("Élodie Martin", Assert.Single(mail.To.Mailboxes).Name);
        Assert.Equal("Merci pour votre don, Élodie !", mail.Subject);
        Assert.Equal(message.Text.ReplaceLineEndings(), mail.TextBody!.ReplaceLineEndings());
        Assert.Contains("<strong>25,00 €</strong>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal($"{message.MessageId:N}@giveback", mail.MessageId);
        var attachment = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("receipt-2026-000042.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(Pdf, content.ToArray());
    }

    [Fact]
    public async Task The_sender_is_named_after_the_institution_the_host_signs_with()
    {
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Ada", "Lovelace", "ada@example.org", null, "en", ["email"]);

        await Channels.SendAsync("email", Message(MessageKind.Reminder, recipient, "Your installment is due"), default);

        var from = Assert.Single(Assert.Single(_smtp.Messages).From.Mailboxes);
        Assert.Equal(("Example University", "giving@alumni.example.edu"), (from.Name, from.Address));
    }

    [Fact]
    public async Task Opted_out_donor_gets_nothing()
    {
        var optedOut = new OutreachRecipient(Guid.NewGuid(), "Olive", "Out", "olive@example.org", null, "en", ["sms"]);
        var consenting = optedOut with { DonorId = Guid.NewGuid(), Email = "connie@example.org", ConsentedChannels = ["EMAIL"] };

        var skipped = await Channels.SendAsync("email", Message(MessageKind.Appeal, optedOut, "We missed you"), default);
        var sent = await Channels.SendAsync("email", Message(MessageKind.Appeal, consenting, "We missed you"), default);

        Assert.Equal((OutreachStatus.OptedOut, OutreachStatus.Delivered), (skipped.Status, sent.Status));
        Assert.Equal(["connie@example.org"], _smtp.Messages.SelectMany(m => m.To.Mailboxes).Select(m => m.Address));
    }

    [Fact]
    public async Task A_donor_without_an_email_address_is_a_failure_that_says_so()
    {
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Nora", "Noaddress", null, null, "en", ["email"]);

        var result = await Channels.SendAsync("email", Message(MessageKind.ThankYou, recipient, "Thank you"), default);

        Assert.Equal((OutreachStatus.Failed, "the donor has no email address"), (result.Status, result.Detail));
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task An_smtp_server_that_is_down_is_a_failure_with_the_reason_and_the_next_send_goes_through_once_it_is_back()
    {
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Ada", "Lovelace", "ada@example.org", null, "en", ["email"]);
        await _smtp.StopAsync();

        var down = await Channels.SendAsync("email", Message(MessageKind.Reminder, recipient, "Your installment is due"), default);
        await _smtp.RestartAsync();
        var back = await Channels.SendAsync("email", Message(MessageKind.Reminder, recipient, "Your installment is due"), default);

        Assert.Equal(OutreachStatus.Failed, down.Status);
        Assert.False(string.IsNullOrWhiteSpace(down.Detail));
        Assert.Equal(OutreachStatus.Delivered, back.Status);
        Assert.Single(_smtp.Messages);
    }

    /// <summary>A message as the product's outreach module hands it over: worded, encoded, with the receipt attached.</summary>
    private static OutreachMessage Message(MessageKind kind, OutreachRecipient recipient, string subject) =>
        new(
            Guid.NewGuid(),
            kind,
            recipient,
            subject,
            $"Bonjour {recipient.FirstName},\n\nMerci pour votre don de 25,00 €.\n\nExample University\n",
            "<!DOCTYPE html>\n<html lang=\"fr\">\n<body>\n<p>Merci pour votre don de <strong>25,00 €</strong>.</p>\n</body>\n</html>\n",
            new Dictionary<string, string> { ["amount"] = "25,00 €", ["organization"] = "Example University" },
            [new OutreachAttachment("receipt-2026-000042.pdf", "application/pdf", Pdf)]);
}
