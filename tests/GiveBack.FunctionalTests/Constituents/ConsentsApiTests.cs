using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiveBack.Constituents.Endpoints;
using GiveBack.Constituents.Merge;
using GiveBack.FunctionalTests.Constituents.Duplicates;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Ledger.Consent;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.FunctionalTests.Constituents;

/// <summary>
/// Consent per channel and purpose through the real host: staff record answers (appended, with source, who and when),
/// the current state and the history read back, bad answers are RFC 7807 problems, the export has one row per
/// channel and purpose, and a merge moves the answers to the survivor.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class ConsentsApiTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task Staff_answers_are_appended_with_source_and_date_and_the_latest_answer_is_the_current_consent()
    {
        var donor = await Http.CreateDonorAsync(_client);
        var before = await ConsentsAsync(donor.Id);
        Assert.Empty(before.History);
        Assert.Equal(
            [("email", "receipts", true, "profile"), ("email", "appeals", true, "profile"), ("email", "news", true, "profile"), ("email", "events", true, "profile")],
            before.Current.Select(c => (c.Channel, c.Purpose, c.Granted, c.Source)));

        var started = DateTimeOffset.UtcNow;
        await PutAsync(donor.Id, new { channel = "email", purpose = "appeals", granted = false }, new { channel = "EMAIL", purpose = "news", granted = true });
        var after = await PutAsync(donor.Id, new { channel = "email", purpose = "news", granted = false });

        Assert.Equal(3, after.History.Count);
        Assert.All(after.History, h => Assert.Equal("staff", h.Source));
        Assert.All(after.History, h => Assert.False(string.IsNullOrEmpty(h.RecordedBy)));
        Assert.All(after.History, h => Assert.InRange(h.RecordedAt, started.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1)));
        Assert.Equal([("appeals", false), ("news", true), ("news", false)], after.History.Select(h => (h.Purpose, h.Granted)));
        var current = after.Current.ToDictionary(c => c.Purpose);
        Assert.Equal((false, "staff"), (current["appeals"].Granted, current["appeals"].Source));
        Assert.Equal((false, "staff"), (current["news"].Granted, current["news"].Source));
        Assert.Equal((true, "profile"), (current["events"].Granted, current["events"].Source));
        // Receipts are transactional: no answer touches them.
        Assert.Equal((true, "profile"), (current["receipts"].Granted, current["receipts"].Source));
        Assert.Equal(JsonSerializer.Serialize(after), JsonSerializer.Serialize(await ConsentsAsync(donor.Id)));
    }

    [Fact]
    public async Task An_unknown_channel_or_purpose_a_receipts_answer_or_a_missing_answer_is_a_problem_and_records_nothing()
    {
        var donor = await Http.CreateDonorAsync(_client);

        var problem = await Http.ProblemAsync(
            await PutRawAsync(donor.Id, new
            {
                consents = new object[]
                {
                    new { channel = "pigeon", purpose = "appeals", granted = true },
                    new { channel = "email", purpose = "raffles", granted = true },
                    new { channel = "email", purpose = "receipts", granted = false },
                    new { channel = "email", purpose = "news" },
                },
            }),
            HttpStatusCode.BadRequest);
        Assert.Contains("pigeon", Assert.Single(Http.ErrorsFor(problem, "consents[0].channel")), StringComparison.Ordinal);
        Assert.Contains("raffles", Assert.Single(Http.ErrorsFor(problem, "consents[1].purpose")), StringComparison.Ordinal);
        Assert.Contains("emailOptOut", Assert.Single(Http.ErrorsFor(problem, "consents[2].purpose")), StringComparison.Ordinal);
        Assert.Single(Http.ErrorsFor(problem, "consents[3].granted"));
        Assert.Single(Http.ErrorsFor(await Http.ProblemAsync(await PutRawAsync(donor.Id, new { consents = Array.Empty<object>() }), HttpStatusCode.BadRequest), "consents"));
        Assert.Empty((await ConsentsAsync(donor.Id)).History);

        await Http.ProblemAsync(await _client.GetAsync($"/api/v1/donors/{Guid.NewGuid()}/consents"), HttpStatusCode.NotFound);
        await Http.ProblemAsync(
            await PutRawAsync(Guid.NewGuid(), new { consents = new[] { new { channel = "email", purpose = "news", granted = true } } }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_export_has_one_row_per_channel_and_purpose_with_granted_source_and_date()
    {
        var donor = await Http.CreateDonorAsync(_client);
        await PutAsync(donor.Id, new { channel = "email", purpose = "events", granted = false });

        var export = await Http.GetAsync<JsonElement>(_client, $"/api/v1/donors/{donor.Id}/export");

        var rows = export.GetProperty("records").GetProperty("consents").EnumerateArray().ToList();
        Assert.Equal(
            ["donor_id", "channel", "purpose", "granted", "source", "recorded_by", "recorded_at"],
            rows[0].EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(
            [("email", "receipts", true, "profile"), ("email", "appeals", true, "profile"), ("email", "news", true, "profile"), ("email", "events", false, "staff")],
            rows.Select(r => (r.GetProperty("channel").GetString(), r.GetProperty("purpose").GetString(), r.GetProperty("granted").GetBoolean(), r.GetProperty("source").GetString())));
        Assert.All(rows, r => Assert.Equal(donor.Id, r.GetProperty("donor_id").GetGuid()));
        Assert.All(rows, r => Assert.NotEqual(JsonValueKind.Null, r.GetProperty("recorded_at").ValueKind));
    }

    [Fact]
    public async Task A_merge_moves_the_merged_donors_answers_to_the_survivor()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var surname = DuplicateSuggestionTests.UniqueName("Consent");
        var survivor = await CreateAsync("Lucy", surname, email);
        var merged = await CreateAsync("Lucie", surname, email);
        await PutAsync(merged.Id, new { channel = "email", purpose = "appeals", granted = false }, new { channel = "email", purpose = "news", granted = true });

        var preview = await Http.GetAsync<MergePreview>(_client, $"/api/v1/donors/{survivor.Id}/merge-preview?mergedDonorId={merged.Id}");
        Assert.True(preview.Moves["consents"] >= 2, $"the preview counts {preview.Moves["consents"]} consents");
        await Http.ReadAsync<MergeRecordView>(
            await Http.PostAsync(_client, $"/api/v1/donors/{survivor.Id}/merge", new { mergedDonorId = merged.Id }), HttpStatusCode.OK);

        var consents = await ConsentsAsync(survivor.Id);
        Assert.Equal(survivor.Id, consents.DonorId);
        Assert.Equal([("appeals", false), ("news", true)], consents.History.Select(h => (h.Purpose, h.Granted)));
        Assert.False(consents.Current.Single(c => c.Purpose == "appeals").Granted);
    }

    [Fact]
    public async Task Writers_that_read_the_history_before_writing_take_turns_on_one_donor_so_an_answer_is_recorded_once()
    {
        // What the giving page's two events of one payment do when handled side by side: each looks for an answer
        // from this payment and records one if there is none. Under the donor's lock the first writes, the others see it.
        var donor = await Http.CreateDonorAsync(_client);
        var consents = fixture.Server.Services.GetRequiredService<DonorConsents>();
        const string evidence = "stripe:pi_side_by_side";
        var writes = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => consents.RecordFromHistoryAsync(
            donor.Id,
            history => history.Any(h => h.RecordedBy == evidence) ? [] : [new ConsentChange("email", "appeals", true)],
            "giving-page",
            evidence))));

        Assert.Equal(1, writes.Sum(w => w.Count));
        var history = (await ConsentsAsync(donor.Id)).History;
        Assert.Equal([("appeals", true, evidence)], history.Select(h => (h.Purpose, h.Granted, h.RecordedBy)));
    }

    private async Task<DonorResponse> CreateAsync(string firstName, string lastName, string email) =>
        await Http.ReadAsync<DonorResponse>(
            await Http.PostAsync(_client, "/api/v1/donors?allowDuplicate=true", new { firstName, lastName, email, classYear = 2002 }), HttpStatusCode.Created);

    private Task<ConsentsResponse> ConsentsAsync(Guid donorId) => Http.GetAsync<ConsentsResponse>(_client, $"/api/v1/donors/{donorId}/consents");

    private async Task<ConsentsResponse> PutAsync(Guid donorId, params object[] answers) =>
        await Http.ReadAsync<ConsentsResponse>(await PutRawAsync(donorId, new { consents = answers }), HttpStatusCode.OK);

    private Task<HttpResponseMessage> PutRawAsync(Guid donorId, object body) =>
        _client.PutAsJsonAsync($"/api/v1/donors/{donorId}/consents", body, Json.Options);
}
