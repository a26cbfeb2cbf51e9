using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Security.Claims;
using GiveBack.Domain.Idempotency;
using GiveBack.Domain.Identity;
using GiveBack.Web.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace GiveBack.Web.Problems;

/// <summary>
/// The <c>Idempotency-Key</c> request header: a client's promise that a retry is the same request. A handler takes it
/// as a parameter (<c>[Required]</c> where a key is mandatory); a missing or malformed key is answered with the
/// validation problem naming the header before the handler runs (<see cref="RequestPartsFilter"/>).
/// </summary>
public sealed class IdempotencyKey : IBindableFromHttpContext<IdempotencyKey>, IRequestPart, IEndpointParameterMetadataProvider
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 255;

    private readonly string? _error;

    private IdempotencyKey(string? value, string? error)
    {
        Value = value;
        _error = error;
    }

    /// <summary>The key as sent, trimmed; null when the client sent none (allowed unless the parameter is required).</summary>
    public string? Value { get; }

    public static ValueTask<IdempotencyKey?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<IdempotencyKey?>(Read(context.Request.Headers[HeaderName], IsRequired(parameter)));
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        RequestPartsFilter.InstallOn(builder);
        var required = IsRequired(parameter);
        builder.Metadata.Add(new DocumentedParameter(
            HeaderName,
            ParameterLocation.Header,
            required,
            JsonSchemaType.String,
            required
                ? "Required: a new value (e.g. a UUID) per request; a retry with the same key and body gets the same answer."
                : "Optional: with it, a retry with the same key and body gets the same answer instead of a second creation."));
    }

    public void AddErrorsTo(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (_error is not null)
        {
            errors.Add(HeaderName, _error);
        }
    }

    /// <summary>The id of what this request creates: derived from the key, so a retry lands on the same grain or row; new otherwise.</summary>
    public Guid IdFor(string scope, TimeProvider clock) =>
        Value is null ? Guid.CreateVersion7(clock.GetUtcNow()) : IdFor(scope, Value);

    /// <summary>
    /// The client's key in the namespace of the API key that sent it (the request is authenticated by then), so two
    /// integrations that both send "1" book two gifts, and each one's retry gets its own back.
    /// </summary>
    public ScopedKey ScopedFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(
            Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var apiKeyId)
                ? apiKeyId
                : throw new InvalidOperationException("An authenticated request names the API key it used."),
            Value ?? throw new InvalidOperationException("Only a request that sent a key has a scoped key."));
    }

    /// <summary>
    /// A 422 problem naming the header when a client key starts with a prefix GiveBack keeps for the keys it makes
    /// itself (<see cref="SystemKeys"/>), so that no client can answer for, or block, a booking the product makes.
    /// </summary>
    public ProblemHttpResult? RefuseReserved() =>
        Value is not null && SystemKeys.IsReserved(Value)
            ? ApiProblems.Invalid(
                HeaderName,
                $"Idempotency-Keys starting with {string.Join(", ", SystemKeys.ReservedPrefixes.Select(p => $"'{p}'"))} are reserved for the keys GiveBack makes itself; choose another key.",
                StatusCodes.Status422UnprocessableEntity)
            : null;

    /// <summary>A stable id derived from a key, so creating the same thing twice lands on the same grain.</summary>
    public static Guid IdFor(string scope, string key) => NameBasedId.From($"{scope}:{key}");

    private static IdempotencyKey Read(string? header, bool required)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new(null, required ? "This request must carry an Idempotency-Key header (e.g. a new UUID per gift)." : null);
        }

        var key = header.Trim();
        return key.Length > MaxLength || key.Any(char.IsControl)
            ? new(null, $"The Idempotency-Key must be printable and at most {MaxLength} characters.")
            : new(key, null);
    }

    // Read once per handler parameter, not per request: attribute lookups allocate, and a handler's attributes never change.
    private static readonly ConcurrentDictionary<ParameterInfo, bool> Required = new();

    private static bool IsRequired(ParameterInfo parameter) =>
        Required.GetOrAdd(parameter, static p => p.IsDefined(typeof(RequiredAttribute), inherit: false));
}
