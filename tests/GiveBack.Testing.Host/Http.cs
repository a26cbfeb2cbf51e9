using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Domain.Paging;
using GiveBack.Outreach.Endpoints;
using Xunit;

namespace GiveBack.Testing.Host;

/// <summary>The API as a client uses it: JSON over HTTP, with helpers that assert the expected status.</summary>
public static class Http
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json.Options) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json.Options)!;
    }

    public static async Task<T> GetAsync<T>(HttpClient client, string path) =>
        await ReadAsync<T>(await client.GetAsync(path), HttpStatusCode.OK);

    public static async Task<DonorResponse> CreateDonorAsync(HttpClient client, int? classYear = 2010, string firstName = "Camille", string lastName = "Martin")
    {
        var response = await PostAsync(client, "/api/v1/donors", new { firstName, lastName, email = $"{Guid.NewGuid():N}@example.org", classYear });
        return await ReadAsync<DonorResponse>(response, HttpStatusCode.Created);
    }

    public static async Task<CampaignResponse> CreateCampaignAsync(HttpClient client, string currency = "EUR")
    {
        var name = $"Annual Fund {Guid.NewGuid():N}";
        var response = await PostAsync(client, "/api/v1/campaigns", new
        {
            name,
            currency,
            goalAmount = 10_000_000,
            startsOn = "2025-07-01",
            endsOn = "2026-06-30",
        });
        return await ReadAsync<CampaignResponse>(response, HttpStatusCode.Created);
    }

    /// <summary>
    /// A campaign running today, from <paramref name="daysBefore"/> days ago to <paramref name="daysAfter"/> days ahead:
    /// the workspace lists and takes gifts only for campaigns running today.
    /// </summary>
    public static async Task<CampaignResponse> CreateRunningCampaignAsync(
        HttpClient client, string name, long goalAmount = 1_000_000, int daysBefore = 3, int daysAfter = 10, string currency = "EUR")
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var response = await PostAsync(client, "/api/v1/campaigns", new
        {
            name = $"{name} {Guid.NewGuid():N}",
            currency,
            goalAmount,
            startsOn = today.AddDays(-daysBefore).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            endsOn = today.AddDays(daysAfter).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        return await ReadAsync<CampaignResponse>(response, HttpStatusCode.Created);
    }

    public static object Gift(Guid donorId, Guid campaignId, long amount = 10_000, string currency = "EUR", string receivedOn = "2025-10-15") =>
        new { donorId, campaignId, amount, currency, receivedOn, method = "cheque" };

    public static async Task<GiftResponse> RecordGiftAsync(HttpClient client, object gift, string? key = null)
    {
        var response = await PostAsync(client, "/api/v1/gifts", gift, key ?? Guid.NewGuid().ToString());
        return await ReadAsync<GiftResponse>(response, HttpStatusCode.Created);
    }

    /// <summary>The outreach messages of a donor and/or a kind, newest first (at most 200).</summary>
    public static async Task<IReadOnlyList<OutreachMessageResponse>> OutreachAsync(HttpClient client, Guid? donorId = null, string? kind = null)
    {
        var query = $"?limit=200{(donorId is { } d ? $"&donorId={d}" : string.Empty)}{(kind is null ? string.Empty : $"&kind={Uri.EscapeDataString(kind)}")}";
        return (await GetAsync<Page<OutreachMessageResponse>>(client, "/api/v1/outreach" + query)).Items;
    }

    /// <summary>Waits until the donor's one message of this kind is settled (sent, opted-out, no-channel or dead).</summary>
    public static async Task<OutreachMessageResponse> SettledOutreachAsync(HttpClient client, Guid donorId, string kind) =>
        Assert.Single(await Eventually.MatchesAsync(
            () => OutreachAsync(client, donorId, kind),
            messages => messages.Count == 1 && messages[0].Status is not ("queued" or "failed"),
            $"the {kind} message of donor {donorId} to be settled"));

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await ReadAsync<JsonElement>(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The problem's error messages for one field; fails when the field is not named.</summary>
    public static string[] ErrorsFor(JsonElement problem, string field)
    {
        Assert.True(problem.TryGetProperty("errors", out var errors), $"The problem names no fields: {problem}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"The problem does not name '{field}': {errors}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }
}
