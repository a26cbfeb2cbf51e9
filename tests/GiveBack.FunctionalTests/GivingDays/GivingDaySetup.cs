using System.Net;
using System.Net.Http.Json;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.GivingDays.Days;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.GivingDays;

/// <summary>What the giving-day tests share: a day running now, and a gift booked through the API with a fund.</summary>
internal static class GivingDaySetup
{
    public static async Task<GivingDayResponse> RunningDayAsync(HttpClient client, Guid campaignId, string? headline = null)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/campaigns/{campaignId}/giving-day", new
        {
            startsAt = DateTimeOffset.UtcNow.AddHours(-2),
            endsAt = DateTimeOffset.UtcNow.AddHours(22),
            timeZone = "Europe/Paris",
            slug = $"day-{Guid.NewGuid():N}",
            headline,
        });
        return await Http.ReadAsync<GivingDayResponse>(response, HttpStatusCode.Created);
    }

    public static Task<GiftResponse> GiveAsync(HttpClient client, Guid donorId, Guid campaignId, long amount, string? fund = null, bool anonymous = false) =>
        Http.RecordGiftAsync(client, new
        {
            donorId,
            campaignId,
            amount,
            currency = "EUR",
            receivedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            method = "cheque",
            fund,
            anonymous,
        });
}
