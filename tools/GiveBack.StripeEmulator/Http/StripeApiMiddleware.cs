using System.Net;
using System.Text.Json.Nodes;

namespace GiveBack.StripeEmulator.Http;

/// <summary>
/// What every Stripe API call goes through: Bearer authentication, errors in Stripe's JSON shape, and
/// idempotent replay of a POST that repeats its <c>Idempotency-Key</c> (Stripe.net retries with the same key).
/// </summary>
internal sealed class StripeApiMiddleware(RequestDelegate next, IdempotencyCache replies, FaultPlan faults)
{

    public async Task InvokeAsync(HttpContext context)
    {
        var isApi = context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal);
        try
        {
            if (isApi && !HasApiKey(context.Request))
            {
                throw new StripeApiException(
                    HttpStatusCode.Unauthorized, "invalid_request_error",
                    "You did not provide an API key. Provide it as a Bearer token in the Authorization header.");
            }

            if (isApi)
            {
                faults.ThrowIfArmed(context.Request.Path);
            }

            var key = isApi && HttpMethods.IsPost(context.Request.Method)
                ? context.Request.Headers["Idempotency-Key"].ToString()
                : string.Empty;
            if (key.Length == 0)
            {
                await next(context);
                return;
            }

            await ReplayOrRecordAsync(context, $"{context.Request.Path}|{key}");
        }
        catch (StripeApiException error) when (!context.Response.HasStarted)
        {
            await WriteErrorAsync(context, error);
        }
        catch (Exception bug) when (!context.Response.HasStarted && bug is not OperationCanceledException)
        {
            // An emulator bug: say what broke instead of an empty 500, so the failing test shows it.
            await WriteErrorAsync(context, new StripeApiException(HttpStatusCode.InternalServerError, "api_error", bug.ToString()));
        }
    }

    private static bool HasApiKey(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && header.Length > "Bearer ".Length;
    }

    private async Task ReplayOrRecordAsync(HttpContext context, string cacheKey)
    {
        if (replies.TryGet(cacheKey, out var cached))
        {
            context.Response.StatusCode = cached.Status;
            context.Response.ContentType = cached.ContentType;
            context.Response.Headers["Idempotent-Replayed"] = "true";
            await context.Response.Body.WriteAsync(cached.Body);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            try
            {
                await next(context);
            }
            catch (StripeApiException error)
            {
                await WriteErrorAsync(context, error);
            }
            catch (Exception bug) when (bug is not OperationCanceledException)
            {
                await WriteErrorAsync(context, new StripeApiException(HttpStatusCode.InternalServerError, "api_error", bug.ToString()));
            }

            var body = buffer.ToArray();
            replies.Set(cacheKey, new CachedResponse(context.Response.StatusCode, context.Response.ContentType ?? "application/json", body));
            await original.WriteAsync(body);
        }
        finally
        {
            context.Response.Body = original;
        }
    }

    private static async Task WriteErrorAsync(HttpContext context, StripeApiException error)
    {
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["type"] = error.Type,
                ["code"] = error.Code,
                ["message"] = error.Message,
                ["param"] = error.Param,
                ["doc_url"] = error.Code is null ? null : $"https://stripe.com/docs/error-codes/{error.Code.Replace('_', '-')}",
            },
        };
        context.Response.StatusCode = (int)error.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
