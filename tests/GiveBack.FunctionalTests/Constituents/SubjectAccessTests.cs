using System.Net;
using System.Text.Json;
using GiveBack.FunctionalTests.Plugins;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents;

/// <summary>A donor's subject access export, JSON and PDF, holds their profile and gifts and nobody else's.</summary>
public sealed class SubjectAccessTests(PluginSeamFixture fixture) : IClassFixture<PluginSeamFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_donors_subject_access_export_holds_their_profile_and_gifts_and_no_one_elses()
    {
        var seeded = await ExportSeed.SeedAsync(Client);

        var export = await Http.GetAsync<JsonElement>(Client, $"/api/v1/donors/{seeded.Donor}/export");
        var records = export.GetProperty("records");
        Assert.Equal(seeded.Email, Assert.Single(records.GetProperty("donors").EnumerateArray()).GetProperty("email").GetString());
        var gifts = records.GetProperty("gifts").EnumerateArray().Select(g => g.GetProperty("gift_id").GetGuid()).ToHashSet();
        Assert.Equal(seeded.DonorGifts.Append(seeded.Reversal).ToHashSet(), gifts);
        Assert.DoesNotContain(seeded.OtherGift, gifts);
        Assert.Equal("Mentored two students", Assert.Single(records.GetProperty("activities").EnumerateArray()).GetProperty("detail").GetString());

        await Http.ProblemAsync(await Client.GetAsync($"/api/v1/donors/{Guid.NewGuid()}/export"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_donors_subject_access_pdf_reads_back_with_their_name_and_gifts()
    {
        var seeded = await ExportSeed.SeedAsync(Client);

        using var response = await Client.GetAsync($"/api/v1/donors/{seeded.Donor}/export.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(page => page.Text));

        Assert.Contains("Lovelace", text, StringComparison.Ordinal);
        Assert.Contains(seeded.Email, text, StringComparison.Ordinal);
        Assert.All(seeded.DonorGifts, gift => Assert.Contains(gift.ToString(), text, StringComparison.Ordinal));
        Assert.DoesNotContain(seeded.OtherGift.ToString(), text, StringComparison.Ordinal);
    }
}
