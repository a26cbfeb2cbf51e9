using GiveBack.Plugins.Abstractions.Outreach;
using Samples = GiveBack.Plugins.ConformanceKit.KitSamples;
using GiveBack.Plugins.Hosting.Outreach;
using GiveBack.Plugins.Tests.Infrastructure;
using GiveBack.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Plugins.Tests.Email;

public sealed class EmailPluginTests : IAsyncLifetime
{
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
        ["Plugins:Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Plugins:Email:Security"] = "None",
        ["Plugins:Email:From"] = "giving@alumni.example.edu",
    };

    [Fact]
    public async Task Message_arrives_with_its_subject_both_bodies_and_the_attachment()
    {
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Élodie", "Martin", "elodie@example.org", null, "fr", ["email"]);

        var result = await Channels.SendAsync("email", Samples.Message(MessageKind.ThankYou, recipient), default);

        Assert.Equal(OutreachStatus.Delivered, result.Status);
        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal("elodie@example.org", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("ThankYou: thank you, Élodie", mail.Subject);
        Assert.Contains("<strong>$50.00</strong>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Thank you for your gift of $50.00.", mail.TextBody, StringComparison.Ordinal);
        var pdf = Assert.Single(mail.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal(("receipt-R-2026-000123.pdf", "application/pdf"), (pdf.FileName, pdf.ContentType.MimeType));
    }

    [Fact]
    public async Task Opted_out_donor_gets_nothing()
    {
        var optedOut = new OutreachRecipient(Guid.NewGuid(), "Olive", "Out", "olive@example.org", null, "en", ["sms"]);
        var consenting = optedOut with { DonorId = Guid.NewGuid(), Email = "connie@example.org", ConsentedChannels = ["EMAIL"] };

        var skipped = await Channels.SendAsync("email", Samples.Message(MessageKind.Appeal, optedOut), default);
        await Channels.SendAsync("email", Samples.Message(MessageKind.Appeal, consenting), default);

        Assert.Equal(OutreachStatus.OptedOut, skipped.Status);
        var only = await Eventually.MatchesAsync(
            () => Task.FromResult(_smtp.Messages), m => m.Count >= 1, "the consenting donor's email");
        Assert.Equal(["connie@example.org"], only.SelectMany(m => m.To.Mailboxes).Select(m => m.Address));
    }
}
