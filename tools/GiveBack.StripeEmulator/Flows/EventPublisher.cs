using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;
using GiveBack.StripeEmulator.Webhooks;

namespace GiveBack.StripeEmulator.Flows;

/// <summary>Records an event (listable at <c>/v1/events</c>) and queues it for delivery. Call under the store's lock.</summary>
internal sealed class EventPublisher(EmulatorStore store, WebhookDispatcher dispatcher)
{
    public JsonObject Publish(string type, JsonObject dataObject, JsonObject? previousAttributes = null)
    {
        var evt = EventObjects.New(store.Now, type, dataObject, previousAttributes);
        store.Put(evt);
        dispatcher.Enqueue((string)evt["id"]!, type, evt.ToJsonString());
        return evt;
    }

    /// <summary>Delivers a stored event again, byte for byte the same payload.</summary>
    public void Resend(JsonObject evt) => dispatcher.Enqueue((string)evt["id"]!, (string)evt["type"]!, evt.ToJsonString());
}
