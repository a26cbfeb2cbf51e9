namespace GiveBack.Testing.Hostile;

/// <summary>One generated request: the operation it targets and the values filled in.</summary>
public sealed record HostileRequest(
    ApiOperation Operation, IReadOnlyDictionary<string, string> Path, IReadOnlyDictionary<string, string> Query,
    string? IdempotencyKey, string? Body)
{
    public string Url
    {
        get
        {
            var path = Path.Aggregate(Operation.Path, (p, v) => p.Replace($"{{{v.Key}}}", Uri.EscapeDataString(v.Value), StringComparison.Ordinal));
            var query = string.Join('&', Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
            return query.Length == 0 ? path : $"{path}?{query}";
        }
    }

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Operation.Method), Url);
        if (Body is not null)
        {
            message.Content = new StringContent(Body, System.Text.Encoding.UTF8, "application/json");
        }

        if (IdempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKey);
        }

        return message;
    }

    /// <summary>Short enough to read in a failure message: 100 kB strings are elided.</summary>
    public override string ToString()
    {
        static string Short(string? text) => text is { Length: > 300 } ? $"{text[..300]}…({text.Length} chars)" : text ?? "";
        return $"{Operation.Method} {Short(Url)} key={Short(IdempotencyKey)} body={Short(Body)}";
    }
}
