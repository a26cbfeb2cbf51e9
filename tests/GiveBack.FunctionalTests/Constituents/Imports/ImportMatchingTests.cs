using System.Globalization;
using System.Net;
using System.Text;
using GiveBack.Constituents.Endpoints;
using GiveBack.Domain.Donors;
using GiveBack.Domain.Paging;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Constituents.Imports;

/// <summary>
/// The matching rules on import, through the real host: an imported person with the name and class year of a donor on
/// file, under another e-mail, becomes a new donor and a pair in the duplicates queue, with its score and reasons, as a
/// giving-page payer would; re-importing the file queues nothing twice.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class ImportMatchingTests(ServerFixture fixture)
{
    [Fact]
    public async Task An_imported_namesake_of_the_same_class_year_is_queued_as_a_likely_duplicate_once()
    {
        using var client = fixture.Server.CreateClient();
        var last = $"Whitfield{Guid.NewGuid():N}"[..18];
        var onFile = await Http.CreateDonorAsync(client, classYear: 2004, firstName: "Jonathan", lastName: last);
        var file = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"donor_key,first_name,last_name,email,class_year,gift_key,amount,currency,gift_date,campaign\n"
            + $"k-{Guid.NewGuid():N},Jonathan,{last},jw-{Guid.NewGuid():N}@example.org,2004,g-{Guid.NewGuid():N},50.00,EUR,2025-10-01,Import matching {last}\n"));

        for (var run = 0; run < 2; run++)
        {
            var created = await Http.ReadAsync<ImportCreatedResponse>(await ImportClient.PostAsync(client, file, "people.csv", "generic", "false"), HttpStatusCode.Accepted);
            var finished = await ImportClient.FinishedAsync(client, created.Id);
            Assert.Equal("completed", finished.Status);
        }

        var pairs = (await Http.GetAsync<Page<DuplicateResponse>>(client, $"/api/v1/duplicates?donorId={onFile.Id}&limit=200")).Items;
        var pair = Assert.Single(pairs);
        Assert.Contains(onFile.Id, pair.DonorIds);
        Assert.Contains(DuplicateRules.SameNameAndClassYear, pair.Reasons);
        Assert.InRange(pair.Score, 0.5, 0.99);
    }

    /// <summary>
    /// A chunk of more than <c>DonorBlocks.LargeBatch</c> new donors is matched by blocks, not by trigrams: the namesake
    /// is found through its last name and first initial, the typing slip in a last name through the first name, class
    /// year and last initial. The pairs are written in one statement with their reasons intact.
    /// </summary>
    [Fact]
    public async Task A_large_file_is_matched_by_blocks_and_queues_namesakes_and_typing_slips()
    {
        using var client = fixture.Server.CreateClient();
        var tag = Guid.NewGuid().ToString("N")[..10];
        var namesake = await Http.CreateDonorAsync(client, classYear: 1988, firstName: "Philippa", lastName: $"Ashcombe{tag}");
        var slipped = await Http.CreateDonorAsync(client, classYear: 1999, firstName: "Margaret", lastName: $"Oakhurst{tag}x");
        var rows = new StringBuilder("donor_key,first_name,last_name,email,class_year\n");
        rows.Append(CultureInfo.InvariantCulture, $"k-{tag}-namesake,Philippa,Ashcombe{tag},pa-{tag}@example.org,1988\n");
        rows.Append(CultureInfo.InvariantCulture, $"k-{tag}-slip,Margaret,Oakhurst{tag}y,mo-{tag}@example.org,1999\n");
        for (var i = 0; i < 30; i++)
        {
            // Strangers to everyone: letters no other name shares, so the file is large without adding pairs.
            rows.Append(CultureInfo.InvariantCulture, $"k-{tag}-{i},Q{Guid.NewGuid():N},Z{Guid.NewGuid():N},s{i}-{tag}@example.org,1970\n");
        }

        var file = Encoding.UTF8.GetBytes(rows.ToString());
        for (var run = 0; run < 2; run++)
        {
            var created = await Http.ReadAsync<ImportCreatedResponse>(await ImportClient.PostAsync(client, file, "people.csv", "generic", "false"), HttpStatusCode.Accepted);
            var finished = await ImportClient.FinishedAsync(client, created.Id);
            Assert.Equal("completed", finished.Status);
        }

        var namesakePair = Assert.Single((await Http.GetAsync<Page<DuplicateResponse>>(client, $"/api/v1/duplicates?donorId={namesake.Id}&limit=200")).Items);
        Assert.Contains(DuplicateRules.SameNameAndClassYear, namesakePair.Reasons);
        var slipPair = Assert.Single((await Http.GetAsync<Page<DuplicateResponse>>(client, $"/api/v1/duplicates?donorId={slipped.Id}&limit=200")).Items);
        Assert.Contains(slipPair.Reasons, r => r.StartsWith("similar name (", StringComparison.Ordinal));
        Assert.Single(slipPair.Reasons);
    }
}
