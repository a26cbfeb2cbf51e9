using GiveBack.StripeEmulator.Webhooks;
using Microsoft.AspNetCore.Mvc;

namespace GiveBack.StripeEmulator.Control;

/// <summary><c>/_emulator/webhooks/*</c>: endpoint and secret, pause/resume, duplicates, reverse order, attempts.</summary>
internal static class DeliveryControlApi
{
    public static RouteGroupBuilder MapDeliveryControls(this RouteGroupBuilder group)
    {
        group.MapGet("/webhooks", (WebhookSettings settings) => new WebhookConfig(settings.Urls, settings.Secret));
        group.MapPost("/webhooks", (WebhookConfig body, WebhookSettings settings) =>
        {
            settings.Set(body.Urls, body.Secret);
            return new WebhookConfig(settings.Urls, settings.Secret);
        });
        group.MapPost("/webhooks/duplicate", (DuplicateRequest body, WebhookDispatcher dispatcher) =>
        {
            dispatcher.DuplicateNext(body.Events, body.Times);
            return Results.NoContent();
        });
        group.MapPost("/webhooks/reverse", (ReverseRequest body, WebhookDispatcher dispatcher) =>
        {
            dispatcher.ReverseNext(body.Events);
            return Results.NoContent();
        });
        group.MapPost("/webhooks/pause", (WebhookDispatcher dispatcher) =>
        {
            dispatcher.Pause();
            return Results.NoContent();
        });
        group.MapPost("/webhooks/resume", (ResumeRequest? body, WebhookDispatcher dispatcher) =>
        {
            dispatcher.Resume(body?.Reverse ?? false);
            return Results.NoContent();
        });
        group.MapGet("/webhooks/status", (WebhookDispatcher dispatcher) => dispatcher.Status());
        group.MapGet("/webhooks/attempts", ([FromQuery(Name = "event_id")] string? eventId, WebhookDispatcher dispatcher) => dispatcher.Attempts(eventId));
        return group;
    }
}
