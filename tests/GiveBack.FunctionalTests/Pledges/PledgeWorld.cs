using System.Net;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Pledges.Endpoints;
using GiveBack.Outreach.Endpoints;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace GiveBack.FunctionalTests.Pledges;

/// <summary>A host on a fake clock, with helpers to make pledges, pay them and run the real Quartz jobs on demand.</summary>
public sealed class PledgeWorld(IDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public GiveBackServer Server { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public async Task InitializeAsync()
    {
        // The daily cron stays far off: the tests fire jobs themselves, after moving the clock.
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Scheduling:DailyCron"] = "0 0 3 1 1 ? 2099" };
        Server = await GiveBackServer.StartAsync(all, builder => builder.Services.AddSingleton<TimeProvider>(Clock));
        Client = Server.CreateClient();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>Moves the clock to 09:00 UTC of <paramref name="day"/>; a fake clock never goes back, so an earlier time is left as it is.</summary>
    public void SetToday(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        if (target > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(target);
        }
    }

    public async Task<(DonorResponse Donor, CampaignResponse Campaign)> DonorAndCampaignAsync(string currency = "EUR")
    {
        var donor = await Http.CreateDonorAsync(Client, classYear: 2005);
        var response = await Http.PostAsync(Client, "/api/v1/campaigns", new
        {
            name = $"Reunion {Guid.NewGuid():N}", currency, goalAmount = 1_000_000, startsOn = "2026-01-01", endsOn = "2027-12-31",
        });
        return (donor, await Http.ReadAsync<CampaignResponse>(response, HttpStatusCode.Created));
    }

    public async Task<PledgeResponse> PledgeAsync(Guid donorId, Guid campaignId, long amount, int installments, string firstDueOn, string frequency = "monthly", string currency = "EUR")
    {
        var response = await Http.PostAsync(Client, "/api/v1/pledges", new { donorId, campaignId, amount, currency, installmentCount = installments, frequency, firstDueOn });
        return await Http.ReadAsync<PledgeResponse>(response, HttpStatusCode.Created);
    }

    public Task<HttpResponseMessage> PayAsync(Guid donorId, Guid campaignId, Guid pledgeId, long amount) =>
        Http.PostAsync(Client, "/api/v1/gifts", new
        {
            donorId, campaignId, pledgeId, amount, currency = "EUR", receivedOn = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), method = "wire",
        }, Guid.NewGuid().ToString());

    public Task<PledgeResponse> GetPledgeAsync(Guid id) => Http.GetAsync<PledgeResponse>(Client, $"/api/v1/pledges/{id}");

    /// <summary>Fires a job through the real scheduler and waits for its recorded run.</summary>
    public Task RunJobAsync(JobKey job) => RunJobAsync(Server, job);

    public static Task RunJobAsync(GiveBackServer server, JobKey job) => server.RunJobAsync(job);

    public Task<IReadOnlyList<OutreachMessageResponse>> MessagesAsync(string kind, Guid donorId) => Http.OutreachAsync(Client, donorId, kind);
}
