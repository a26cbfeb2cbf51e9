using System.Net;
using System.Net.Http.Json;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Donors;

[Collection(ApiTests.Name)]
public sealed class DonorsApiTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task A_created_donor_can_be_read_back_with_empty_giving()
    {
        var response = await Http.PostAsync(_client, "/api/v1/donors", new { firstName = " Élodie ", lastName = "Lefèvre", email = "Elodie.Lefevre@Example.org", classYear = 2004 });
        var created = await Http.ReadAsync<DonorResponse>(response, HttpStatusCode.Created);

        var read = await Http.GetAsync<DonorResponse>(_client, $"/api/v1/donors/{created.Id}");
        Assert.Equal(("Élodie", "Lefèvre", "elodie.lefevre@example.org", (int?)2004), (read.FirstName, read.LastName, read.Email, read.ClassYear));
        Assert.Equal(0, read.Giving.GiftCount);
        Assert.Equal(0, read.Giving.LifetimeAmount);
        Assert.Equal($"/api/v1/donors/{created.Id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Patch_changes_only_the_fields_sent_and_null_makes_a_friend()
    {
        var donor = await Http.CreateDonorAsync(_client, classYear: 1990, firstName: "Paul", lastName: "Durand");

        var patched = await Http.ReadAsync<DonorResponse>(
            await _client.PatchAsync($"/api/v1/donors/{donor.Id}", JsonContent.Create(new { lastName = "Durand-Leroy", classYear = (int?)null })),
            HttpStatusCode.OK);

        Assert.Equal(("Paul", "Durand-Leroy", (int?)null, donor.Email), (patched.FirstName, patched.LastName, patched.ClassYear, patched.Email));
        var listed = await Http.GetAsync<Page<DonorResponse>>(_client, "/api/v1/donors?q=Durand-Leroy");
        Assert.Contains(listed.Items, d => d.Id == donor.Id && d.ClassYear is null);
    }

    [Fact]
    public async Task A_bad_patch_names_the_field_and_changes_nothing()
    {
        var donor = await Http.CreateDonorAsync(_client, classYear: 1990);

        var response = await _client.PatchAsync($"/api/v1/donors/{donor.Id}", JsonContent.Create(new { email = "not-an-email", nickname = "x" }));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Http.ErrorsFor(problem, "nickname"));
        var read = await Http.GetAsync<DonorResponse>(_client, $"/api/v1/donors/{donor.Id}");
        Assert.Equal(donor.Email, read.Email);
    }

    [Fact]
    public async Task The_list_searches_by_name_and_email_filters_by_class_year_and_pages()
    {
        var tag = $"Zz{Guid.NewGuid():N}"[..12];
        for (var i = 0; i < 5; i++)
        {
            await Http.CreateDonorAsync(_client, classYear: i < 3 ? 1971 : 1972, firstName: $"Ana{i}", lastName: tag);
        }

        var all = await Http.GetAsync<Page<DonorResponse>>(_client, $"/api/v1/donors?q={tag}");
        var classOf1971 = await Http.GetAsync<Page<DonorResponse>>(_client, $"/api/v1/donors?q={tag.ToLowerInvariant()}&classYear=1971");
        var page = await Http.GetAsync<Page<DonorResponse>>(_client, $"/api/v1/donors?q={tag}&offset=2&limit=2");
        var byEmail = await Http.GetAsync<Page<DonorResponse>>(_client, $"/api/v1/donors?q={Uri.EscapeDataString(all.Items[0].Email!)}");

        Assert.Equal(5, all.Total);
        Assert.Equal(3, classOf1971.Total);
        Assert.All(classOf1971.Items, d => Assert.Equal(1971, d.ClassYear));
        Assert.Equal((5, 2), (page.Total, page.Items.Count));
        Assert.Equal(["Ana2", "Ana3"], page.Items.Select(d => d.FirstName));
        Assert.Equal(all.Items[0].Id, Assert.Single(byEmail.Items).Id);
    }

    [Fact]
    public async Task Creating_with_an_idempotency_key_twice_returns_the_same_donor()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { firstName = "Lina", lastName = "Haddad", email = (string?)null, classYear = 2015 };

        var first = await Http.ReadAsync<DonorResponse>(await Http.PostAsync(_client, "/api/v1/donors", body, key), HttpStatusCode.Created);
        var second = await Http.ReadAsync<DonorResponse>(await Http.PostAsync(_client, "/api/v1/donors", body, key), HttpStatusCode.OK);
        var clash = await Http.PostAsync(_client, "/api/v1/donors", body with { classYear = 2016 }, key);

        Assert.Equal(first.Id, second.Id);
        await Http.ProblemAsync(clash, HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData(null, "Martin", "x@example.org", 2000, "firstName")]
    [InlineData("Jean", "", "x@example.org", 2000, "lastName")]
    [InlineData("Jean", "Martin", "not-an-address", 2000, "email")]
    [InlineData("Jean", "Martin", "x@example.org", 1850, "classYear")]
    public async Task Bad_donor_input_names_the_field(string? firstName, string? lastName, string? email, int? classYear, string field)
    {
        var response = await Http.PostAsync(_client, "/api/v1/donors", new { firstName, lastName, email, classYear });

        Assert.NotEmpty(Http.ErrorsFor(await Http.ProblemAsync(response, HttpStatusCode.BadRequest), field));
    }

    [Fact]
    public async Task An_unknown_donor_is_not_found()
    {
        await Http.ProblemAsync(await _client.GetAsync($"/api/v1/donors/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await Http.ProblemAsync(await _client.GetAsync($"/api/v1/donors/{Guid.NewGuid()}/gifts"), HttpStatusCode.NotFound);
        await Http.ProblemAsync(await _client.PatchAsync($"/api/v1/donors/{Guid.NewGuid()}", JsonContent.Create(new { firstName = "X" })), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Paging_limits_are_checked()
    {
        var problem = await Http.ProblemAsync(await _client.GetAsync("/api/v1/donors?limit=1000&offset=-1"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(Http.ErrorsFor(problem, "limit"));
        Assert.NotEmpty(Http.ErrorsFor(problem, "offset"));
    }
}
