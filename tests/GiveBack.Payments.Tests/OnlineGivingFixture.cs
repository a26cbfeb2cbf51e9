using System.Net;
using System.Text.Json;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.StripeEmulator;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using GiveBack.Testing.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Stripe;

namespace GiveBack.Payments.Tests;

/// <summary>
/// One product host (its own database) and one Stripe emulator for the whole suite, wired both ways: the product's
/// real Stripe.net client talks to the emulator over HTTP, and the emulator delivers signed webhooks to the product.
/// The Email plugin, loaded from disk, sends the product's messages to a real SMTP server (the aiosmtpd sink); the
/// Webhook and CsvExport plugins post the product's events to a real HTTP receiver and write them to a folder.
/// Tests use their own campaigns and donors, so they do not see each other's gifts or e-mails.
/// </summary>
public class OnlineGivingFixture : IAsyncLifetime
{
    public const string WebhookSecret = "whsec_payments_tests_0123456789";

    public const string PluginWebhookSecret = "whsec_payments_plugin_4b2e";

    public const string Institution = "Example University";

    public const string InstitutionAddress = "1 College Road, Springfield, IL 62701";

    public const string InstitutionRegistration = "12-3456789";

    public RunningStripeEmulator Emulator { get; private set; } = null!;

    public GiveBackServer Server { get; private set; } = null!;

    public StripeClient Stripe { get; private set; } = null!;

    public HttpClient Staff { get; private set; } = null!;

    public SmtpSink Smtp { get; private set; } = null!;

    /// <summary>Everything the host logs at Information or above.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>Where the Webhook plugin posts the product's events.</summary>
    public WebhookReceiver PluginReceiver { get; private set; } = null!;

    /// <summary>Where the CsvExport plugin writes its NPSP batches.</summary>
    public string CsvFolder { get; } = Directory.CreateTempSubdirectory("giveback-npsp-").FullName;

    public string WebhookUrl => new Uri(Server.BaseAddress, "webhooks/stripe").ToString();

    public async Task InitializeAsync()
    {
        Emulator = await StripeEmulatorServer.StartAsync(new StripeEmulatorOptions
        {
            WebhookSecret = WebhookSecret,
            WebhookRetryBaseDelay = TimeSpan.FromMilliseconds(150),
            WebhookMaxAttempts = 8,
        });
        Smtp = await SmtpSink.StartAsync();
        PluginReceiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Plugins:Email:Host"] = "127.0.0.1",
            ["Plugins:Email:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Plugins:Email:Security"] = "None",
            ["Plugins:Email:From"] = "giving@example.edu",
            ["Outreach:Institution"] = Institution,
            ["Receipts:Address"] = InstitutionAddress,
            ["Receipts:RegistrationNumber"] = InstitutionRegistration,
            ["Receipts:Country"] = "US",
            ["Outreach:PollInterval"] = "00:00:00.100",
            ["Plugins:Webhook:Url"] = PluginReceiver.HookUrl.ToString(),
            ["Plugins:Webhook:Secret"] = PluginWebhookSecret,
            ["Plugins:CsvExport:Folder"] = CsvFolder,
            ["Plugins:PollInterval"] = "00:00:00.100",
            ["STRIPE_SECRET_KEY"] = "sk_test_emulator",
            ["STRIPE_WEBHOOK_SECRET"] = WebhookSecret,
            ["Stripe:ApiBase"] = Emulator.BaseUrl,
            ["Stripe:ProcessorPollInterval"] = "00:00:00.500",
            ["GivingPage:PermitsPerMinute"] = "1000",
        };
        Configure(settings);
        Server = await GiveBackServer.StartAsync(settings, Logs.AttachTo);
        await Emulator.Control.ConfigureWebhooksAsync([WebhookUrl]);
        Stripe = new StripeClient(new StripeClientOptions { ApiKey = "sk_test_emulator", ApiBase = Emulator.BaseUrl });
        Staff = Server.CreateClient();
    }

    /// <summary>A last look at the host's settings, for a fixture that needs the product configured otherwise.</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    public async Task DisposeAsync()
    {
        Staff.Dispose();
        await Server.DisposeAsync();
        await Emulator.DisposeAsync();
        await Smtp.DisposeAsync();
        await PluginReceiver.DisposeAsync();
        Directory.Delete(CsvFolder, recursive: true);
    }

    public T Service<T>()
        where T : notnull => Server.Services.GetRequiredService<T>();

    /// <summary>
    /// A campaign with its own slug, so each test sees only its own gifts. It is open today unless dates are given
    /// (online giving refuses money outside a campaign's dates).
    /// </summary>
    public async Task<CampaignResponse> CreateCampaignAsync(string currency = "EUR", DateOnly? startsOn = null, DateOnly? endsOn = null, string? slug = null)
    {
        var response = await Http.PostAsync(Staff, "/api/v1/campaigns", new
        {
            name = $"Annual Fund {Guid.NewGuid():N}",
            currency,
            goalAmount = 10_000_000,
            startsOn = startsOn ?? new DateOnly(2025, 7, 1),
            endsOn = endsOn ?? Today.AddYears(1),
            slug,
        });
        return await Http.ReadAsync<CampaignResponse>(response, HttpStatusCode.Created);
    }

    /// <summary>Today as the product dates online money: in UTC.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A Checkout Session exactly as the giving page creates it (through the product's gateway).</summary>
    public async Task<CheckoutRedirect> CheckoutAsync(
        CampaignResponse campaign, long amount, bool monthly = false, string? email = null, Guid? pledgeId = null, string locale = "en") =>
        await Service<IPaymentGateway>().CreateCheckoutAsync(new CheckoutRequest(
            campaign.Id, campaign.Name, campaign.Currency, amount, amount, false, monthly, "Scholarships", null, null, false,
            "Ada", "Lovelace", email ?? $"{Guid.NewGuid():N}@example.org", 2012, locale,
            "http://127.0.0.1/thanks?session_id={CHECKOUT_SESSION_ID}", "http://127.0.0.1/give", pledgeId));

    /// <summary>Pays <paramref name="amount"/> online into a new campaign and waits for its thank-you to reach the SMTP server.</summary>
    public async Task<ThankedGift> ThankedGiftAsync(long amount)
    {
        var campaign = await CreateCampaignAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var checkout = await CheckoutAsync(campaign, amount, email: email);
        await Emulator.Control.CompleteCheckoutAsync(checkout.SessionId);
        await SettledAsync();
        var gift = Assert.Single(await CampaignGiftsAsync(campaign.Id));
        var donorId = gift.GetProperty("donorId").GetGuid();
        Assert.Equal("sent", (await Http.SettledOutreachAsync(Staff, donorId, "thank-you")).Status);
        return new ThankedGift(email, gift.GetProperty("id").GetGuid(), donorId, Assert.Single(Smtp.MessagesTo(email)));
    }

    /// <summary>Waits until <paramref name="count"/> mails have reached <paramref name="email"/>.</summary>
    public Task<IReadOnlyList<MimeKit.MimeMessage>> MailsToAsync(string email, int count) =>
        Eventually.MatchesAsync(() => Task.FromResult(Smtp.MessagesTo(email)), m => m.Count == count, $"{count} mails to reach {email}");

    public async Task<JsonElement[]> CampaignGiftsAsync(Guid campaignId) =>
        (await Http.GetAsync<JsonElement>(Staff, $"/api/v1/campaigns/{campaignId}/gifts?limit=100")).GetProperty("items").EnumerateArray().ToArray();

    public async Task<long> RaisedAsync(Guid campaignId) =>
        (await Http.GetAsync<JsonElement>(Staff, $"/api/v1/campaigns/{campaignId}")).GetProperty("progress").GetProperty("raisedAmount").GetInt64();

    /// <summary>Waits until the emulator has nothing left to deliver, and the product has processed every stored event.</summary>
    public async Task SettledAsync()
    {
        await Eventually.TrueAsync(async () => (await Emulator.Control.GetDeliveryStatusAsync()).Idle, "the emulator to deliver every webhook");
        await Eventually.TrueAsync(async () => await UnprocessedEventsAsync() == 0, "the product to process every stored event");
    }

    /// <summary>Waits until the stored event has <paramref name="status"/> as <c>GET /api/v1/payments/events</c> lists it.</summary>
    public async Task<JsonElement> PaymentEventAsync(string eventId, string status, string awaited) =>
        await Eventually.MatchesAsync(
            async () => (await Http.GetAsync<JsonElement>(Staff, $"/api/v1/payments/events?status={status}&limit=200"))
                .GetProperty("items").EnumerateArray().SingleOrDefault(e => e.GetProperty("id").GetString() == eventId),
            e => e.ValueKind == JsonValueKind.Object,
            awaited,
            TimeSpan.FromSeconds(120));

    /// <summary>The id of the event of <paramref name="type"/> the emulator sent about the object <paramref name="objectId"/>.</summary>
    public async Task<string> EventIdAsync(string type, string objectId) =>
        (await RawEventsAsync(type))
            .Single(e => e.GetProperty("data").GetProperty("object").GetProperty("id").GetString() == objectId)
            .GetProperty("id").GetString()!;

    public async Task<long> UnprocessedEventsAsync() =>
        await ScalarAsync<long>("SELECT count(*) FROM stripe_events WHERE processed_at IS NULL");

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters) =>
        await SqlAsync(sql, parameters, async command => (T)(await command.ExecuteScalarAsync())!);

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters) =>
        await SqlAsync(sql, parameters, command => command.ExecuteNonQueryAsync());

    /// <summary>Every value of the first column, in the order the query returns them.</summary>
    public async Task<List<string>> ListAsync(string sql, params (string Name, object Value)[] parameters) =>
        await SqlAsync(sql, parameters, async command =>
        {
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }

            return rows;
        });

    private async Task<T> SqlAsync<T>(string sql, (string Name, object Value)[] parameters, Func<NpgsqlCommand, Task<T>> run)
    {
        await using var connection = new NpgsqlConnection(Server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await run(command);
    }

    /// <summary>The raw JSON of events the emulator sent, newest first, as Stripe's /v1/events lists them.</summary>
    public async Task<JsonElement[]> RawEventsAsync(string type)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "sk_test_emulator");
        var list = JsonDocument.Parse(await http.GetStringAsync($"{Emulator.BaseUrl}/v1/events?type={type}&limit=100")).RootElement;
        return [.. list.GetProperty("data").EnumerateArray()];
    }

    /// <summary>Posts a payload to the product's webhook as Stripe would, signed with <paramref name="secret"/> at <paramref name="timestamp"/>.</summary>
    public async Task<HttpResponseMessage> PostWebhookAsync(string payload, string? secret = WebhookSecret, DateTimeOffset? timestamp = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUrl) { Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", EventUtility.GenerateSignatureHeader(payload, secret, (timestamp ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds()));
        }

        using var client = new HttpClient();
        return await client.SendAsync(request);
    }

    public static void AssertStatus(HttpResponseMessage response, HttpStatusCode expected) =>
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}");
}
