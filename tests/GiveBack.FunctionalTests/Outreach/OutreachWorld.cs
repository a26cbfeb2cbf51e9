using System.Globalization;
using GiveBack.FunctionalTests.Pledges;
using GiveBack.Outreach.Endpoints;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Npgsql;

namespace GiveBack.FunctionalTests.Outreach;

/// <summary>
/// A host on a fake clock with the Email plugin loaded from disk and pointed at a real SMTP server (the aiosmtpd sink),
/// and its dispatcher polling every 100 ms. Shared by a test class: each test makes its own donors and moves the clock
/// only forward, from wherever the previous test left it.
/// </summary>
public sealed class OutreachWorld : IAsyncLifetime
{
    public const string Institution = "Example University";

    public SmtpSink Smtp { get; private set; } = null!;

    public PledgeWorld World { get; private set; } = null!;

    public HttpClient Client => World.Client;

    public async Task InitializeAsync()
    {
        Smtp = await SmtpSink.StartAsync();
        World = new PledgeWorld(new Dictionary<string, string?>
        {
            ["Plugins:Email:Host"] = "127.0.0.1",
            ["Plugins:Email:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Plugins:Email:Security"] = "None",
            ["Plugins:Email:From"] = "giving@example.edu",
            ["Outreach:Institution"] = Institution,
            ["Outreach:PollInterval"] = "00:00:00.100",
        });
        await World.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await World.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    /// <summary>Waits until the donor's one message of this kind is settled (sent, opted-out, no-channel or dead).</summary>
    public Task<OutreachMessageResponse> SettledAsync(Guid donorId, string kind) => Http.SettledOutreachAsync(Client, donorId, kind);

    /// <summary>Waits until the donor's one message of this kind has this status.</summary>
    public async Task<OutreachMessageResponse> StatusAsync(Guid donorId, string kind, string status) =>
        Assert.Single(await Eventually.MatchesAsync(
            () => Http.OutreachAsync(Client, donorId, kind),
            messages => messages.Count == 1 && messages[0].Status == status,
            $"the {kind} message of donor {donorId} to be {status}"));

    /// <summary>Whether the installment carries the stamp (<c>reminder_sent_at</c>, <c>follow_up_sent_at</c>).</summary>
    public async Task<bool> StampedAsync(string column, Guid pledgeId, int number)
    {
        await using var connection = new NpgsqlConnection(World.Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT {column} IS NOT NULL FROM pledge_installments WHERE pledge_id = @pledge AND number = @number", connection);
        command.Parameters.AddWithValue("pledge", pledgeId);
        command.Parameters.AddWithValue("number", number);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
