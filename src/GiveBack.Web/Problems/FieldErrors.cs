using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GiveBack.Web.Problems;

/// <summary>Collects what is wrong with a request, field by field (camelCase JSON names), for one validation problem.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>Whether <paramref name="field"/> has a problem: a page marks that field with its own words.</summary>
    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Every message, for a page that shows the rules' own words.</summary>
    public IEnumerable<string> Messages => _errors.Values.SelectMany(m => m);

    /// <summary>The messages of one field, for a caller that reports them under its own names (an import's columns).</summary>
    public IReadOnlyList<string> MessagesOf(string field) => _errors.TryGetValue(field, out var messages) ? messages : [];

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Adds the message when <paramref name="valid"/> is false.</summary>
    public FieldErrors Check(bool valid, string field, string message) => valid ? this : Add(field, message);

    public ProblemHttpResult ToProblem(int status = StatusCodes.Status400BadRequest) =>
        ApiProblems.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), status);
}
