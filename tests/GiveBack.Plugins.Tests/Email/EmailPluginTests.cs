using GiveBack.Plugins.Abstractions.Outreach;
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
        ["Plugins:Email:Organization"] = "Example University",
    };

    [Fact]
    public async Task French_thank_you_arrives_with_recipient_subject_html_and_text_bodies()
    {
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Élodie", "Martin", "elodie@example.org", null, "fr-CA", ["email"]);
        var values = new Dictionary<string, string> { ["amount"] = "50,00 $", ["campaign"] = "Journée du don" };

        var result = await Channels.SendAsync("email", new OutreachMessage(Guid.NewGuid(), MessageKind.ThankYou, recipient, values), default);

        Assert.Equal(OutreachStatus.Delivered, result.Status);
        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal("elodie@example.org", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("Merci pour votre don, Élodie !", mail.Subject);
        Assert.Contains("<strong>50,00 $</strong>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Journée du don", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Merci pour votre don de 50,00 $ à Journée du don.", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_receipt_encodes_donor_values_in_the_html_body()
    {
        var recipient = new OutreachRecipient(Guid.NewGuid(), "Bobby <b>", "Tables", "bobby@example.org", null, "en", ["email"]);
        var values = new Dictionary<string, string> { ["amount"] = "$25.00", ["date"] = "November 3, 2026" };

        await Channels.SendAsync("email", new OutreachMessage(Guid.NewGuid(), MessageKind.Receipt, recipient, values), default);

        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal("Your receipt from Example University", mail.Subject);
        Assert.Contains("Bobby &lt;b&gt;", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Dear Bobby <b> Tables,", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opted_out_donor_gets_nothing()
    {
        var optedOut = new OutreachRecipient(Guid.NewGuid(), "Olive", "Out", "olive@example.org", null, "en", ["sms"]);
        var consenting = optedOut with { DonorId = Guid.NewGuid(), Email = "connie@example.org", ConsentedChannels = ["EMAIL"] };
        var values = new Dictionary<string, string> { ["amount"] = "$10.00" };

        var skipped = await Channels.SendAsync("email", new OutreachMessage(Guid.NewGuid(), MessageKind.Appeal, optedOut, values), default);
        await Channels.SendAsync("email", new OutreachMessage(Guid.NewGuid(), MessageKind.Appeal, consenting, values), default);

        Assert.Equal(OutreachStatus.OptedOut, skipped.Status);
        var only = await Eventually.MatchesAsync(
            () => Task.FromResult(_smtp.Messages), m => m.Count >= 1, "the consenting donor's email");
        Assert.Equal(["connie@example.org"], only.SelectMany(m => m.To.Mailboxes).Select(m => m.Address));
    }
}
