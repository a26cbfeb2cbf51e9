using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Payments.Stripe.Endpoints;

/// <summary>
/// <c>POST /webhooks/stripe</c>: anonymous (Stripe's signature is the authentication), verified, stored once by event
/// id and answered at once; processing happens in the background. 400 when the signature, its timestamp or the body
/// is wrong (nothing stored); 503 when the event cannot be stored, so Stripe retries it.
/// </summary>
public static class StripeWebhookApi
{
    public const string Path = "/webhooks/stripe";
    public const string SignatureHeader = "Stripe-Signature";

    public static IEndpointRouteBuilder MapStripeWebhookApi(this IEndpointRouteBuilder app)
    {
        var maxBytes = app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<long?>("Stripe:MaxWebhookBytes") ?? 512 * 1024;
        app.MapPost(Path, ReceiveAsync)
            .AllowAnonymous()
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes))
            .ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> ReceiveAsync(HttpRequest request, IWebhookInbox inbox)
    {
        using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: false));
        var payload = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var outcome = await inbox.ReceiveAsync(payload, request.Headers[SignatureHeader].ToString(), request.HttpContext.RequestAborted);
        return outcome.Status switch
        {
            WebhookStatus.Stored or WebhookStatus.Duplicate =>
                Results.Ok(new { received = true, duplicate = outcome.Status == WebhookStatus.Duplicate, id = outcome.EventId }),
            WebhookStatus.Rejected => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The webhook was not accepted", detail: outcome.Message),
            _ => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The event could not be stored now", detail: outcome.Message),
        };
    }
}
