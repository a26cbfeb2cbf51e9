using System.Globalization;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using MimeKit;
using Npgsql;

namespace GiveBack.FunctionalTests.Workspace;

/// <summary>
/// A host whose outreach dispatcher sends through the Email plugin to a real SMTP server (the aiosmtpd sink), polling
/// every 100 ms, on the real clock (cookies and reset tokens are dated by it): where staff ask for a password reset.
/// </summary>
public sealed class PasswordResetWorld : IAsyncLifetime
{
    public SmtpSink Smtp { get; private set; } = null!;

    public GiveBackServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = await SmtpSink.StartAsync();
        Server = await GiveBackServer.StartAsync(new Dictionary<string, string?>
        {
            ["Plugins:Email:Host"] = "127.0.0.1",
            ["Plugins:Email:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Plugins:Email:Security"] = "None",
            ["Plugins:Email:From"] = "giving@example.edu",
            ["Outreach:PollInterval"] = "00:00:00.100",
        });
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    /// <summary>Waits for the one message the sink received for <paramref name="address"/>.</summary>
    public async Task<MimeMessage> MailToAsync(string address) =>
        Assert.Single(await Eventually.MatchesAsync(
            () => Task.FromResult(Smtp.MessagesTo(address)), mails => mails.Count > 0, $"a message to {address}"));

    /// <summary>The queued rows addressed to <paramref name="address"/>, each as its whole JSON (every column).</summary>
    public async Task<IReadOnlyList<StaffOutreachRow>> RowsToAsync(string address)
    {
        await using var connection = new NpgsqlConnection(Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT recipient_kind, donor_id, status, row_to_json(m)::text FROM outreach_messages m WHERE staff_email = @address ORDER BY id", connection);
        command.Parameters.AddWithValue("address", address);
        var rows = new List<StaffOutreachRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new StaffOutreachRow(reader.GetString(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }
}
