using System.Globalization;
using System.Net;
using GiveBack.Constituents.Endpoints;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Duplicates;

/// <summary>The matching rules on the API's donor create, and the review queue they feed, through the real host.</summary>
[Collection(ApiTests.Name)]
public sealed class DuplicateSuggestionTests(ServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task Two_donors_with_one_email_and_one_with_a_near_name_are_proposed_with_scores_and_reasons()
    {
        var surname = UniqueName("Harker");
        var email = $"{Guid.NewGuid():N}@example.org";
        var first = await CreateAsync(new { firstName = "Jonathan", lastName = surname, email, classYear = 2001 }, HttpStatusCode.Created);
        var sameEmail = await Http.PostAsync(_client, "/api/v1/donors", new { firstName = "Mina", lastName = surname, email = email.ToUpperInvariant(), classYear = 2003 });
        var nearName = await Http.PostAsync(_client, "/api/v1/donors", new { firstName = "Jonathon", lastName = surname, email = $"{Guid.NewGuid():N}@example.org", classYear = 2001 });
        var mina = await Http.ReadAsync<DonorResponse>(sameEmail, HttpStatusCode.Created);
        var jonathon = await Http.ReadAsync<DonorResponse>(nearName, HttpStatusCode.Created);

        // The create names the donors on file it may duplicate.
        Assert.Contains(first.Id.ToString(), sameEmail.Headers.GetValues(DonorsApi.PossibleDuplicatesHeader).Single(), StringComparison.Ordinal);
        Assert.Contains(first.Id.ToString(), nearName.Headers.GetValues(DonorsApi.PossibleDuplicatesHeader).Single(), StringComparison.Ordinal);

        var queue = await QueueOfAsync(first.Id);
        var byEmail = Assert.Single(queue, d => d.DonorIds.Contains(mina.Id));
        var byName = Assert.Single(queue, d => d.DonorIds.Contains(jonathon.Id));
        Assert.Equal([first.Id, mina.Id], byEmail.DonorIds);
        Assert.Equal((0.9, "open"), (byEmail.Score, byEmail.Status));
        Assert.Contains("same e-mail", byEmail.Reasons);
        Assert.Equal([first.Id, jonathon.Id], byName.DonorIds);
        var similar = Assert.Single(byName.Reasons, r => r.StartsWith("similar name (", StringComparison.Ordinal));
        var similarity = double.Parse(similar["similar name (".Length..^1], CultureInfo.InvariantCulture);
        Assert.InRange(similarity, 0.9, 0.99);
        Assert.InRange(byName.Score, 0.5, 0.8);
        Assert.Equal(["Jonathan", "Jonathon"], byName.Donors.Select(d => d.FirstName));
        // The likeliest first.
        Assert.True(queue.ToList().IndexOf(byEmail) < queue.ToList().IndexOf(byName));
    }

    [Fact]
    public async Task The_same_email_and_name_again_is_refused_with_the_donor_on_file_unless_asked_for()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var surname = UniqueName("Murray");
        var first = await CreateAsync(new { firstName = "Wilhelmina", lastName = surname, email, classYear = 1999 }, HttpStatusCode.Created);

        var again = await Http.PostAsync(_client, "/api/v1/donors", new { firstName = "WILHELMINA", lastName = surname, email = email.ToUpperInvariant(), classYear = 1999 });
        var problem = await Http.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(first.Id, problem.GetProperty("existingDonorId").GetGuid());
        Assert.Equal(1, (await Http.GetAsync<Page<DonorResponse>>(_client, $"/api/v1/donors?q={surname}")).Total);

        var forced = await Http.PostAsync(_client, "/api/v1/donors?allowDuplicate=true", new { firstName = "Wilhelmina", lastName = surname, email, classYear = 1999 });
        var second = await Http.ReadAsync<DonorResponse>(forced, HttpStatusCode.Created);
        var pair = Assert.Single(await QueueOfAsync(first.Id));
        Assert.Equal([first.Id, second.Id], pair.DonorIds);
        Assert.Equal(1.0, pair.Score);
        Assert.Equal(["same e-mail", "same name", "same name and class year"], pair.Reasons);
    }

    [Fact]
    public async Task A_dismissed_pair_leaves_the_queue_and_is_not_proposed_again()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var surname = UniqueName("Seward");
        var first = await CreateAsync(new { firstName = "John", lastName = surname, email, classYear = 1990 }, HttpStatusCode.Created);
        var other = await CreateAsync(new { firstName = "Lucy", lastName = UniqueName("Westenra"), email, classYear = 1991 }, HttpStatusCode.Created);
        var pair = Assert.Single(await QueueOfAsync(first.Id));

        var dismissed = await Http.ReadAsync<DuplicateResponse>(await Http.PostAsync(_client, $"/api/v1/duplicates/{pair.Id}/dismiss", new { }), HttpStatusCode.OK);

        Assert.Equal("dismissed", dismissed.Status);
        Assert.Empty(await QueueOfAsync(first.Id));
        Assert.Single(await QueueOfAsync(first.Id, "dismissed"), d => d.DonorIds.Contains(other.Id));
        await Http.ProblemAsync(await Http.PostAsync(_client, "/api/v1/duplicates/987654321/dismiss", new { }), HttpStatusCode.NotFound);
        await Http.ProblemAsync(await _client.GetAsync(new Uri("/api/v1/duplicates?status=maybe", UriKind.Relative)), HttpStatusCode.BadRequest);
        using var anonymous = fixture.Server.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/duplicates", UriKind.Relative))).StatusCode);
    }

    private async Task<DonorResponse> CreateAsync(object donor, HttpStatusCode expected) =>
        await Http.ReadAsync<DonorResponse>(await Http.PostAsync(_client, "/api/v1/donors", donor), expected);

    private async Task<IReadOnlyList<DuplicateResponse>> QueueOfAsync(Guid donorId, string status = "open") =>
        (await Http.GetAsync<Page<DuplicateResponse>>(_client, $"/api/v1/duplicates?donorId={donorId}&status={status}&limit=200")).Items;

    // Letters only, so that no other test's donor shares the name.
    internal static string UniqueName(string prefix) =>
        prefix + string.Concat(Guid.NewGuid().ToByteArray().Take(8).Select(b => (char)('a' + (b % 26))));
}
