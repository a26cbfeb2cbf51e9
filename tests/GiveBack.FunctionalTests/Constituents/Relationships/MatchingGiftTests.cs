using System.Net;
using System.Net.Http.Headers;
using GiveBack.Constituents.Relationships;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Csv;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Relationships;

/// <summary>
/// An employer's matching gift through the real host: hard credit to the employer, soft credit to the employee, side by
/// side in the hard and soft credit report; reversing a gift takes its soft credits out of every figure.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class MatchingGiftTests(ServerFixture fixture)
{
    // A currency no other test books in, so the report holds this test's donors only.
    private const string Currency = "CZK";

    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task A_matching_gift_is_hard_credit_for_the_employer_and_soft_credit_for_the_employee_until_reversed()
    {
        var campaign = await Http.CreateCampaignAsync(_client, Currency);
        var employee = await Http.CreateDonorAsync(_client, firstName: "Priya", lastName: "Raman");
        var spouse = await Http.CreateDonorAsync(_client, firstName: "Dev", lastName: "Raman");
        var employer = await Http.CreateDonorAsync(_client, classYear: null, firstName: "Acme", lastName: "Corporation");
        var link = await Http.ReadAsync<DonorLinkView>(
            await Http.PostAsync(_client, $"/api/v1/donors/{employee.Id}/links", new { kind = "employer", relatedDonorId = employer.Id, since = "2019-09-01" }),
            HttpStatusCode.Created);
        Assert.Equal(("employer", employer.Id, "Acme Corporation"), (link.Kind, link.OtherDonorId, link.OtherName));
        await Http.ReadAsync<DonorLinkView>(
            await Http.PostAsync(_client, $"/api/v1/donors/{spouse.Id}/links", new { kind = "spouse", relatedDonorId = employee.Id }), HttpStatusCode.Created);

        var employeeGift = await Http.RecordGiftAsync(_client, Http.Gift(employee.Id, campaign.Id, 50_000, Currency));
        var matchingGift = await Http.RecordGiftAsync(_client, Http.Gift(employer.Id, campaign.Id, 50_000, Currency));
        await Http.ReadAsync<SoftCreditView>(
            await Http.PostAsync(_client, $"/api/v1/gifts/{employeeGift.Id}/soft-credits", new { donorId = spouse.Id, reason = "spouse" }), HttpStatusCode.Created);

        var match = await Http.ReadAsync<MatchingGiftView>(
            await Http.PostAsync(_client, $"/api/v1/gifts/{employeeGift.Id}/matching-gift", new { matchingGiftId = matchingGift.Id }), HttpStatusCode.OK);
        Assert.Equal((employer.Id, employee.Id), (match.EmployerDonorId, match.EmployeeDonorId));
        Assert.Equal((employee.Id, 50_000L, "employer-match"), (match.SoftCredit.DonorId, match.SoftCredit.Amount, match.SoftCredit.Reason));
        // Linking again answers the same link; the employee's own gift cannot match itself.
        Assert.Equal(match.SoftCredit.Id, (await Http.ReadAsync<MatchingGiftView>(
            await Http.PostAsync(_client, $"/api/v1/gifts/{employeeGift.Id}/matching-gift", new { matchingGiftId = matchingGift.Id }), HttpStatusCode.OK)).SoftCredit.Id);
        await Http.ProblemAsync(
            await Http.PostAsync(_client, $"/api/v1/gifts/{employeeGift.Id}/matching-gift", new { matchingGiftId = employeeGift.Id }), HttpStatusCode.UnprocessableEntity);

        var employeeView = await Http.GetAsync<DonorRelationshipsView>(_client, $"/api/v1/donors/{employee.Id}/relationships");
        Assert.Equal((50_000L, 50_000L), (Assert.Single(employeeView.Credit).HardAmount, Assert.Single(employeeView.Credit).SoftAmount));
        Assert.Contains(employeeView.Links, l => l.Kind == "spouse" && l.OtherDonorId == spouse.Id);
        Assert.Contains(
            (await Http.GetAsync<DonorRelationshipsView>(_client, $"/api/v1/donors/{employer.Id}/relationships")).Links,
            l => l.Kind == "employee" && l.OtherDonorId == employee.Id);

        var report = await ReportAsync();
        Assert.Equal((100_000L, 100_000L), (report.HardAmount, report.SoftAmount));
        var employeeRow = Assert.Single(report.Items, r => r.DonorId == employee.Id);
        Assert.Equal((50_000L, 50_000L, 100_000L), (employeeRow.HardAmount, employeeRow.SoftAmount, employeeRow.RecognitionAmount));
        Assert.Equal((50_000L, 0L), (Assert.Single(report.Items, r => r.DonorId == employer.Id).HardAmount, Assert.Single(report.Items, r => r.DonorId == employer.Id).SoftAmount));
        Assert.Equal((0L, 50_000L), (Assert.Single(report.Items, r => r.DonorId == spouse.Id).HardAmount, Assert.Single(report.Items, r => r.DonorId == spouse.Id).SoftAmount));
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/hard-and-soft-credit?fiscalYear=2026&currency={Currency}");
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = CsvFile.Parse(await (await _client.SendAsync(csvRequest)).Content.ReadAsStringAsync());
        Assert.Equal(["donor_id", "first_name", "last_name", "household_id", "household_name", "currency", "hard_amount", "hard_gifts", "soft_amount", "soft_gifts", "recognition_amount"], csv[0]);
        Assert.Equal(["50000", "1", "50000", "1", "100000"], csv.Single(r => r[0] == employee.Id.ToString())[6..]);
        Assert.NotEmpty(Http.ErrorsFor(
            await Http.ProblemAsync(await _client.GetAsync(new Uri("/api/v1/reports/hard-and-soft-credit", UriKind.Relative)), HttpStatusCode.BadRequest), "fiscalYear"));

        // The employee's gift reversed: the spouse's soft credit on it goes, the matching gift's soft credit stays.
        await Http.PostAsync(_client, $"/api/v1/gifts/{employeeGift.Id}/reversals", new { reason = "Cheque bounced" }, Guid.NewGuid().ToString());
        var spouseView = await Http.GetAsync<DonorRelationshipsView>(_client, $"/api/v1/donors/{spouse.Id}/relationships");
        Assert.True(Assert.Single(spouseView.SoftCredits).Reversed);
        Assert.Empty(spouseView.Credit);
        var afterEmployee = Assert.Single((await Http.GetAsync<DonorRelationshipsView>(_client, $"/api/v1/donors/{employee.Id}/relationships")).Credit);
        Assert.Equal((0L, 50_000L), (afterEmployee.HardAmount, afterEmployee.SoftAmount));

        // The matching gift reversed too: the employee keeps nothing, and the report shows no one.
        await Http.PostAsync(_client, $"/api/v1/gifts/{matchingGift.Id}/reversals", new { reason = "Match withdrawn" }, Guid.NewGuid().ToString());
        Assert.Empty((await Http.GetAsync<DonorRelationshipsView>(_client, $"/api/v1/donors/{employee.Id}/relationships")).Credit);
        var after = await ReportAsync();
        Assert.Empty(after.Items);
        Assert.Equal((0L, 0L), (after.HardAmount, after.SoftAmount));
    }

    private Task<CreditReport> ReportAsync() =>
        Http.GetAsync<CreditReport>(_client, $"/api/v1/reports/hard-and-soft-credit?fiscalYear=2026&currency={Currency}&limit=200");
}
