using System.Net;
using System.Net.Http.Json;
using GiveBack.Api.Security;
using GiveBack.Constituents.Endpoints;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Audit;

/// <summary>
/// The audit of personal data, through the real host: a member of staff's reads and writes of a donor through the API
/// are in the log an administrator reads, with the details before and after a write; what was refused is not.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class PersonalDataAuditTests(ServerFixture fixture)
{
    [Fact]
    public async Task A_gift_officers_read_and_change_of_a_donor_are_logged_with_before_and_after()
    {
        using var admin = fixture.Server.CreateClient();
        var keyName = $"processor {Guid.NewGuid():N}";
        var key = await Http.ReadAsync<ApiKeyResponse>(await Http.PostAsync(admin, "/api/v1/api-keys", new { name = keyName, role = "gift-officer" }), HttpStatusCode.Created);
        using var officer = fixture.Server.CreateClient(key.Key);
        var donor = await Http.CreateDonorAsync(admin, classYear: 1998, firstName: "Inès", lastName: "Moreau");

        await Http.GetAsync<DonorResponse>(officer, $"/api/v1/donors/{donor.Id}");
        Assert.Equal(HttpStatusCode.OK, (await officer.PatchAsync($"/api/v1/donors/{donor.Id}", JsonContent.Create(new { lastName = "Moreau-Blanc" }))).StatusCode);
        // Refused: nothing was changed, so nothing is logged.
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PatchAsync($"/api/v1/donors/{donor.Id}", JsonContent.Create(new { email = "not-an-email" }))).StatusCode);

        var log = await Http.GetAsync<Page<AuditEntryResponse>>(admin, $"/api/v1/audit?donorId={donor.Id}&actor={Uri.EscapeDataString(keyName)}");
        Assert.Equal(2, log.Total);
        var write = Assert.Single(log.Items, e => e.Action == "write");
        Assert.Equal("PATCH /api/v1/donors/{id:guid}", write.What);
        Assert.Equal("Moreau", write.Before!.Value.GetProperty("lastName").GetString());
        Assert.Equal("Moreau-Blanc", write.After!.Value.GetProperty("lastName").GetString());
        var read = Assert.Single(log.Items, e => e.Action == "read");
        Assert.Equal(("GET /api/v1/donors/{id:guid}", (System.Text.Json.JsonElement?)null), (read.What, read.Before));
        Assert.True(write.At >= read.At, "the newest entry is listed first");
        Assert.Equal(write.Id, log.Items[0].Id);
    }

    [Fact]
    public async Task Reads_and_writes_of_a_household_are_logged_against_its_members_with_the_household_before_and_after()
    {
        using var admin = fixture.Server.CreateClient();
        var keyName = $"household officer {Guid.NewGuid():N}";
        var key = await Http.ReadAsync<ApiKeyResponse>(await Http.PostAsync(admin, "/api/v1/api-keys", new { name = keyName, role = "gift-officer" }), HttpStatusCode.Created);
        using var officer = fixture.Server.CreateClient(key.Key);
        var donor = await Http.CreateDonorAsync(admin, firstName: "Lise", lastName: "Meitner");
        var created = await Http.ReadAsync<System.Text.Json.JsonElement>(
            await Http.PostAsync(officer, "/api/v1/households", new { name = "Meitner household" }), HttpStatusCode.Created);
        var household = created.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await Http.PostAsync(officer, $"/api/v1/households/{household}/members", new { donorId = donor.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/households/{household}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/households/{household}/statement.pdf?year=2011")).StatusCode);
        // Refused: nothing was disclosed, so nothing is logged.
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync($"/api/v1/households/{household}/statement.pdf")).StatusCode);

        var log = await Http.GetAsync<Page<AuditEntryResponse>>(admin, $"/api/v1/audit?donorId={donor.Id}&actor={Uri.EscapeDataString(keyName)}");
        Assert.Equal(3, log.Total);
        var added = Assert.Single(log.Items, e => e.Action == "write");
        Assert.Equal($"POST /api/v1/households/{{id:guid}}/members · household {household}", added.What);
        Assert.Empty(added.Before!.Value.GetProperty("members").EnumerateArray());
        Assert.Equal(donor.Id, Assert.Single(added.After!.Value.GetProperty("members").EnumerateArray()).GetGuid());
        Assert.Equal(
            [$"GET /api/v1/households/{{id:guid}}/statement.pdf · household {household}", $"GET /api/v1/households/{{id:guid}} · household {household}"],
            log.Items.Where(e => e.Action == "read").Select(e => e.What));

        // The household was created before anyone joined: its entry names no donor, and holds the household after.
        var mine = await Http.GetAsync<Page<AuditEntryResponse>>(admin, $"/api/v1/audit?actor={Uri.EscapeDataString(keyName)}");
        var creation = Assert.Single(mine.Items, e => e.Action == "write" && e.DonorId is null && e.What.EndsWith($"· household {household}", StringComparison.Ordinal));
        Assert.StartsWith("POST /api/v1/households", creation.What, StringComparison.Ordinal);
        Assert.Equal(((Guid?)null, "Meitner household"), (creation.DonorId, creation.After!.Value.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Only_administrators_read_the_audit_log()
    {
        using var admin = fixture.Server.CreateClient();
        var key = await Http.ReadAsync<ApiKeyResponse>(await Http.PostAsync(admin, "/api/v1/api-keys", new { name = "officer", role = "gift-officer" }), HttpStatusCode.Created);
        using var officer = fixture.Server.CreateClient(key.Key);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/audit")).StatusCode);
    }
}
