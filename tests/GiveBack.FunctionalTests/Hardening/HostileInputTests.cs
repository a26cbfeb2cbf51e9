using System.Text.Json.Nodes;
using CsCheck;
using GiveBack.Testing.Host;
using GiveBack.Testing.Hostile;

namespace GiveBack.FunctionalTests.Hardening;

/// <summary>
/// Every <c>/api/v1</c> operation of the served OpenAPI document, called with generated hostile input through the real
/// host: never a 5xx, and a 4xx changes nothing in the database.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private const int CasesPerOperation = 24;

    // Operations with a known valid body get more cases: each one's members are made hostile one at a time.
    private const int CasesPerValidBody = 80;

    private GiveBackServer _server = null!;
    private HttpClient _client = null!;
    private HostileValues _values = null!;
    private IReadOnlyList<ApiOperation> _operations = [];
    private Dictionary<string, JsonObject> _validBodies = [];

    public async Task InitializeAsync()
    {
        _server = await GiveBackServer.StartAsync();
        _client = _server.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(60);
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        _operations = ApiOperation.ReadAll(document);

        // Real records, so that generated ids sometimes reach the code behind the "not found" check.
        var campaign = await Http.CreateCampaignAsync(_client);
        var donor = await Http.CreateDonorAsync(_client);
        var gift = await Http.RecordGiftAsync(_client, Http.Gift(donor.Id, campaign.Id));
        _values = new HostileValues([campaign.Id, donor.Id, gift.Id], document["components"]?["schemas"]?.AsObject());
        var soon = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        _validBodies = new Dictionary<string, JsonObject>
        {
            ["POST /api/v1/gifts"] = new()
            {
                ["donorId"] = donor.Id, ["campaignId"] = campaign.Id, ["amount"] = 1_000, ["currency"] = "EUR",
                ["receivedOn"] = "2025-10-15", ["method"] = "cheque", ["fund"] = "Annual Fund", ["anonymous"] = false,
                ["tribute"] = new JsonObject { ["type"] = "memory", ["name"] = "Jeanne Dupont" },
            },
            ["POST /api/v1/donors"] = new()
            {
                ["firstName"] = "Ada", ["lastName"] = "Lovelace", ["email"] = "ada@example.org", ["classYear"] = 2010,
                ["language"] = "en", ["preferredChannel"] = "email", ["emailOptOut"] = false,
            },
            ["PATCH /api/v1/donors/{id}"] = new() { ["firstName"] = "Grace", ["classYear"] = 2011, ["language"] = "fr" },
            ["POST /api/v1/campaigns"] = new()
            {
                ["name"] = "Spring appeal", ["currency"] = "EUR", ["goalAmount"] = 1_000_000, ["startsOn"] = "2025-07-01", ["endsOn"] = "2026-06-30",
            },
            ["PATCH /api/v1/campaigns/{id}"] = new() { ["name"] = "Renamed", ["goalAmount"] = 2_000_000, ["endsOn"] = "2026-06-30" },
            ["POST /api/v1/pledges"] = new()
            {
                ["donorId"] = donor.Id, ["campaignId"] = campaign.Id, ["amount"] = 12_000, ["currency"] = "EUR",
                ["installmentCount"] = 12, ["frequency"] = "monthly", ["firstDueOn"] = soon, ["fund"] = "Annual Fund",
            },
            ["POST /api/v1/donors/{id}/activities"] = new() { ["type"] = "volunteered", ["occurredAt"] = DateTimeOffset.UtcNow.AddDays(-1) },
            ["POST /api/v1/api-keys"] = new() { ["name"] = "integration", ["role"] = "viewer" },
            ["POST /api/v1/gifts/{id}/reversals"] = new() { ["reason"] = "bounced" },
        };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public void The_served_document_lists_the_operations_to_try()
    {
        Assert.True(_operations.Count >= 50, $"only {_operations.Count} operations found in /openapi/v1.json");
        Assert.Contains(_operations, o => o.ToString() == "POST /api/v1/gifts" && o.BodySchema is not null);
    }

    [Fact]
    public async Task Every_operation_answers_hostile_input_without_a_5xx_and_changes_nothing_on_a_4xx()
    {
        var failures = new List<string>();
        foreach (var operation in _operations)
        {
            try
            {
                var cases = _validBodies.ContainsKey(operation.ToString()) ? CasesPerValidBody : CasesPerOperation;
                await RequestsFor(operation).SampleAsync(SendAndCheckAsync, iter: cases, threads: 1);
            }
            catch (Exception ex)
            {
                failures.Add($"{operation}: {ex.InnerException?.Message ?? ex.Message}\n    {ex.Message.Split('\n').LastOrDefault()}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private async Task SendAndCheckAsync(HostileRequest request)
    {
        var before = await DatabaseFingerprint.TakeAsync(_server.Database.ConnectionString);
        using var message = request.ToMessage();
        using var response = await _client.SendAsync(message);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"{status} for {request}\n{body[..Math.Min(body.Length, 2_000)]}");
        }

        if (status >= 400 && !RefusedByTheServerItself(request, response))
        {
            var after = await DatabaseFingerprint.TakeAsync(_server.Database.ConnectionString);
            if (after != before)
            {
                throw new InvalidOperationException($"{status} for {request}, but the database changed");
            }

            var type = response.Content.Headers.ContentType?.MediaType;
            if (type != "application/problem+json")
            {
                throw new InvalidOperationException($"{status} answered with {type ?? "no body"} instead of an RFC 7807 problem, for {request}");
            }
        }
    }

    /// <summary>
    /// Kestrel refuses a NUL in the path (400) and a request line over its limit (414) before any of the product's code
    /// runs: those answers carry no problem body, and there is nothing the product could have changed.
    /// </summary>
    private static bool RefusedByTheServerItself(HostileRequest request, HttpResponseMessage response) =>
        (int)response.StatusCode is 400 or 414 && response.Content.Headers.ContentLength is null or 0
        && (request.Url.Length > 8_000 || request.Url.Split('?')[0].Contains("%00", StringComparison.OrdinalIgnoreCase));

    private Gen<HostileRequest> RequestsFor(ApiOperation operation)
    {
        var path = Values(operation.Parameters.Where(p => p.In == "path"), optional: false);
        var query = Values(operation.Parameters.Where(p => p.In == "query"), optional: true);
        var key = operation.Method == "POST"
            ? Gen.Frequency((2, Gen.Guid.Select(g => (string?)g.ToString())), (1, HostileValues.Text.Where(t => t.Length < 300 && t.All(c => c is >= ' ' and <= '~')).Select(t => (string?)t)), (1, Gen.Const((string?)null)))
            : Gen.Const((string?)null);
        var body = operation.BodySchema is not { } schema ? Gen.Const((string?)null)
            : _validBodies.TryGetValue(operation.ToString(), out var valid)
                ? Gen.Frequency((1, _values.Body(schema)), (3, _values.OneMemberHostile(valid))).Select(b => (string?)b)
                : _values.Body(schema).Select(b => (string?)b);
        return Gen.Select(path, query, key, body, (p, q, k, b) => new HostileRequest(operation, p, q, k, b));
    }

    private Gen<IReadOnlyDictionary<string, string>> Values(IEnumerable<ApiParameter> parameters, bool optional)
    {
        var start = Gen.Const<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
        return parameters.Aggregate(start, (gen, parameter) => gen.SelectMany(values =>
            Gen.Select(_values.ParameterValue(parameter), Gen.Bool, (value, skip) =>
            {
                var next = new Dictionary<string, string>(values);
                if (!optional || !skip)
                {
                    next[parameter.Name] = value;
                }

                return (IReadOnlyDictionary<string, string>)next;
            })));
    }
}
