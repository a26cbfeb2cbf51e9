using System.Net;

namespace GiveBack.StripeEmulator.Http;

/// <summary>An error answered in Stripe's shape: <c>{"error":{"type","code","message","param"}}</c> with its status.</summary>
internal sealed class StripeApiException(
    HttpStatusCode status, string type, string message, string? param = null, string? code = null)
    : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public string Type { get; } = type;

    public string? Param { get; } = param;

    public string? Code { get; } = code;

    public static StripeApiException NoSuch(string objectType, string id, string param = "id") =>
        new(HttpStatusCode.NotFound, "invalid_request_error", $"No such {objectType}: '{id}'", param, "resource_missing");

    public static StripeApiException Missing(string param) =>
        new(HttpStatusCode.BadRequest, "invalid_request_error", $"Missing required param: {param}.", param, "parameter_missing");

    public static StripeApiException Invalid(string param, string message, string? code = "parameter_invalid_string") =>
        new(HttpStatusCode.BadRequest, "invalid_request_error", message, param, code);

    public static StripeApiException State(string message, string? code = null) =>
        new(HttpStatusCode.BadRequest, "invalid_request_error", message, null, code);
}
