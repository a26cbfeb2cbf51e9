using System.Net;
using System.Text.Json;
using GiveBack.Domain.Outreach;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using MimeKit;

namespace GiveBack.Payments.Tests;

/// <summary>
/// Giving statements through the real host: gifts keyed in (ledger) → the statement PDF read as a donor's reader reads
/// it; a run asked through the API → the real Quartz job → the outreach queue → the Email plugin → the SMTP sink, with
/// the PDF attached; a second run sends nothing again. Each test keeps to its own years, which no other test gives in.
/// </summary>
[Collection(OnlineGivingGroup.Name)]
public sealed class StatementTests(OnlineGivingFixture fixture)
{
    [Fact]
    public async Task A_statement_lists_the_gifts_standing_in_its_range_with_totals_the_issuer_and_the_tax_wording()
    {
        var dollars = await fixture.CreateCampaignAsync("USD", startsOn: new DateOnly(2013, 1, 1));
        var euros = await fixture.CreateCampaignAsync("EUR", startsOn: new DateOnly(2013, 1, 1));
        var donor = await DonorAsync("Hélène", "Garnier");
        await GiftAsync(donor, dollars.Id, 10_000, "USD", "2013-02-27");
        await GiftAsync(donor, dollars.Id, 25_000, "USD", "2013-03-05");
        await GiftAsync(donor, euros.Id, 3_000, "EUR", "2013-03-15");
        var refunded = await GiftAsync(donor, dollars.Id, 4_000, "USD", "2013-03-20");
        await GiftAsync(donor, dollars.Id, 1_250, "USD", "2013-03-31");
        await GiftAsync(donor, dollars.Id, 7_500, "USD", "2013-04-01");
        await Http.ReadAsync<GiftResponse>(
            await Http.PostAsync(fixture.Staff, $"/api/v1/gifts/{refunded.Id}/reversals", new { reason = "Refunded at the donor's request" }), HttpStatusCode.Created);

        using var response = await fixture.Staff.GetAsync($"/api/v1/donors/{donor.Id}/statement.pdf?from=2013-03-01&to=2013-03-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("statement-2013-03-01-2013-03-31.pdf", response.Content.Headers.ContentDisposition!.FileName);
        var text = ReceiptPdfText.Of(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Giving statement", text, StringComparison.Ordinal);
        Assert.Contains("Donor: Hélène Garnier", text, StringComparison.Ordinal);
        Assert.Contains("Gifts received: 2013-03-01 – 2013-03-31", text, StringComparison.Ordinal);
        // In the range and standing: listed. Before, after, or refunded: not.
        Assert.Contains("2013-03-05", text, StringComparison.Ordinal);
        Assert.Contains("2013-03-15", text, StringComparison.Ordinal);
        Assert.Contains("2013-03-31", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2013-03-20", text, StringComparison.Ordinal);
        Assert.DoesNotContain("$40.00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2013-02-27", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2013-04-01", text, StringComparison.Ordinal);
        // A total per currency, net of the refund.
        Assert.Contains("Total (EUR)", text, StringComparison.Ordinal);
        Assert.Contains("€30.00", text, StringComparison.Ordinal);
        Assert.Contains("Total (USD)", text, StringComparison.Ordinal);
        Assert.Contains("$262.50", text, StringComparison.Ordinal);
        Assert.Contains($"Issued by: {OnlineGivingFixture.Institution}", text, StringComparison.Ordinal);
        Assert.Contains("1 College Road", text, StringComparison.Ordinal);
        Assert.Contains($"Registration number: {OnlineGivingFixture.InstitutionRegistration}", text, StringComparison.Ordinal);
        Assert.Contains("No goods or services were provided in exchange for this contribution.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_french_donors_statement_is_in_french_and_keeps_the_countrys_wording_as_the_law_states_it()
    {
        var campaign = await fixture.CreateCampaignAsync("EUR", startsOn: new DateOnly(2013, 1, 1));
        var donor = await DonorAsync("Zoé", "Martin", language: "fr");
        await GiftAsync(donor, campaign.Id, 5_000, "EUR", "2013-06-01");

        var text = ReceiptPdfText.Of(await fixture.Staff.GetByteArrayAsync($"/api/v1/donors/{donor.Id}/statement.pdf?year=2013"));

        Assert.Contains("Relevé de dons", text, StringComparison.Ordinal);
        Assert.Contains("Donateur: Zoé Martin", text, StringComparison.Ordinal);
        Assert.Contains("Dons reçus: 2013-01-01 – 2013-12-31", text, StringComparison.Ordinal);
        Assert.Contains($"Émis par: {OnlineGivingFixture.Institution}", text, StringComparison.Ordinal);
        Assert.Contains("No goods or services were provided", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "year")]
    [InlineData("?year=twenty", "year")]
    [InlineData("?year=1850", "year")]
    [InlineData("?year=2013&from=2013-01-01&to=2013-12-31", "year")]
    [InlineData("?from=2013-01-01", "to")]
    [InlineData("?from=2013-13-01&to=2013-12-31", "from")]
    [InlineData("?from=2013-12-31&to=2013-01-01", "to")]
    [InlineData("?from=1990-01-01&to=2013-12-31", "to")]
    public async Task A_statement_for_a_bad_period_is_refused_with_a_problem_naming_the_field(string query, string field)
    {
        var donor = await DonorAsync("Ada", "Lovelace");

        var problem = await Http.ProblemAsync(await fixture.Staff.GetAsync($"/api/v1/donors/{donor.Id}/statement.pdf{query}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(Http.ErrorsFor(problem, field));
    }

    [Fact]
    public async Task Readers_download_statements_while_only_admins_start_runs_and_an_unknown_donor_is_404()
    {
        var donor = await DonorAsync("Ada", "Lovelace");
        var viewerKey = await KeyAsync("viewer");
        var officerKey = await KeyAsync("gift-officer");
        using var viewer = fixture.Server.CreateClient(viewerKey);
        using var officer = fixture.Server.CreateClient(officerKey);
        using var nobody = fixture.Server.CreateClient(apiKey: null);
        var statement = $"/api/v1/donors/{donor.Id}/statement.pdf?year=2013";

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(statement)).StatusCode);
        await Http.ProblemAsync(await nobody.GetAsync(statement), HttpStatusCode.Unauthorized);
        await Http.ProblemAsync(await fixture.Staff.GetAsync($"/api/v1/donors/{Guid.NewGuid()}/statement.pdf?year=2013"), HttpStatusCode.NotFound);
        await Http.ProblemAsync(await Http.PostAsync(officer, "/api/v1/statements/runs", new { year = 2013 }), HttpStatusCode.Forbidden);
        await Http.ProblemAsync(await viewer.GetAsync($"/api/v1/statements/runs/{Guid.NewGuid()}"), HttpStatusCode.Forbidden);
        await Http.ProblemAsync(await fixture.Staff.GetAsync($"/api/v1/statements/runs/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        var problem = await Http.ProblemAsync(await Http.PostAsync(fixture.Staff, "/api/v1/statements/runs", new { }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "year"));
    }

    [Fact]
    public async Task A_run_mails_one_statement_per_giving_donor_with_the_pdf_and_a_second_run_mails_nothing_again()
    {
        var campaign = await fixture.CreateCampaignAsync("USD", startsOn: new DateOnly(2012, 1, 1));
        var giver = await DonorAsync("Grace", "Hopper");
        var twice = await DonorAsync("Alan", "Turing");
        var refunded = await DonorAsync("Edsger", "Dijkstra");
        var optedOut = await DonorAsync("Barbara", "Liskov", emailOptOut: true);
        await GiftAsync(giver, campaign.Id, 12_000, "USD", "2012-05-04");
        await GiftAsync(twice, campaign.Id, 2_000, "USD", "2012-02-01");
        await GiftAsync(twice, campaign.Id, 3_000, "USD", "2012-11-30");
        var gone = await GiftAsync(refunded, campaign.Id, 9_900, "USD", "2012-07-07");
        await Http.ReadAsync<GiftResponse>(await Http.PostAsync(fixture.Staff, $"/api/v1/gifts/{gone.Id}/reversals", new { reason = "Refunded" }), HttpStatusCode.Created);
        await GiftAsync(optedOut, campaign.Id, 5_000, "USD", "2012-03-03");

        var first = await RunAsync(2012);

        Assert.Equal((3, 3, 3, 0), (first.GetProperty("donors").GetInt32(), first.GetProperty("processed").GetInt32(), first.GetProperty("queued").GetInt32(), first.GetProperty("skipped").GetInt32()));
        foreach (var (donor, amount) in new[] { (giver, "$120.00"), (twice, "$50.00") })
        {
            Assert.Equal("sent", (await Http.SettledOutreachAsync(fixture.Staff, donor.Id, OutreachKinds.GivingStatement)).Status);
            var mail = Assert.Single(await fixture.MailsToAsync(donor.Email!, 1));
            Assert.Equal($"Your giving statement, January 1, 2012 to December 31, 2012", mail.Subject);
            var text = ReceiptPdfText.Of(await StatementAsync(mail));
            Assert.Contains($"Donor: {donor.FirstName} {donor.LastName}", text, StringComparison.Ordinal);
            Assert.Contains(amount, text, StringComparison.Ordinal);
            Assert.Contains($"Issued by: {OnlineGivingFixture.Institution}", text, StringComparison.Ordinal);
        }

        Assert.Equal("opted-out", (await Http.SettledOutreachAsync(fixture.Staff, optedOut.Id, OutreachKinds.GivingStatement)).Status);
        Assert.Empty(await Http.OutreachAsync(fixture.Staff, refunded.Id, OutreachKinds.GivingStatement));
        var sent = await Eventually.MatchesAsync(
            () => Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/statements/runs/{first.GetProperty("id").GetGuid()}"),
            run => run.GetProperty("sent").GetInt32() == 2,
            "the run to count the two statements a channel accepted");
        Assert.Equal("completed", sent.GetProperty("status").GetString());

        var second = await RunAsync(2012);

        Assert.Equal((3, 0, 3), (second.GetProperty("processed").GetInt32(), second.GetProperty("queued").GetInt32(), second.GetProperty("skipped").GetInt32()));
        Assert.Single(await Http.OutreachAsync(fixture.Staff, giver.Id, OutreachKinds.GivingStatement));
        Assert.Single(fixture.Smtp.MessagesTo(giver.Email!));
        Assert.Single(fixture.Smtp.MessagesTo(twice.Email!));
    }

    /// <summary>Starts a run for the year through the API and waits until the job has completed it.</summary>
    private async Task<JsonElement> RunAsync(int year)
    {
        var response = await Http.PostAsync(fixture.Staff, "/api/v1/statements/runs", new { year });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await Http.ReadAsync<JsonElement>(response, HttpStatusCode.Accepted)).GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/statements/runs/{id}", response.Headers.Location!.OriginalString);
        return await Eventually.MatchesAsync(
            () => Http.GetAsync<JsonElement>(fixture.Staff, $"/api/v1/statements/runs/{id}"),
            run => run.GetProperty("status").GetString() == "completed",
            $"the statement run {id} to be completed");
    }

    private static async Task<byte[]> StatementAsync(MimeMessage mail)
    {
        var pdf = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal(("statement-2012-01-01-2012-12-31.pdf", "application/pdf"), (pdf.FileName, pdf.ContentType.MimeType));
        using var content = new MemoryStream();
        await pdf.Content!.DecodeToAsync(content);
        return content.ToArray();
    }

    private async Task<DonorResponse> DonorAsync(string firstName, string lastName, string? language = null, bool emailOptOut = false)
    {
        var response = await Http.PostAsync(fixture.Staff, "/api/v1/donors", new
        {
            firstName, lastName, email = $"{Guid.NewGuid():N}@example.org", classYear = 2001, language, emailOptOut,
        });
        return await Http.ReadAsync<DonorResponse>(response, HttpStatusCode.Created);
    }

    private async Task<GiftResponse> GiftAsync(DonorResponse donor, Guid campaignId, long amount, string currency, string receivedOn) =>
        await Http.RecordGiftAsync(fixture.Staff, Http.Gift(donor.Id, campaignId, amount, currency, receivedOn));

    private async Task<string> KeyAsync(string role) =>
        (await Http.ReadAsync<JsonElement>(
            await Http.PostAsync(fixture.Staff, "/api/v1/api-keys", new { name = $"{role}-{Guid.NewGuid():N}", role }), HttpStatusCode.Created))
        .GetProperty("key").GetString()!;
}
