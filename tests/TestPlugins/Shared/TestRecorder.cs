using GiveBack.Plugins.Abstractions.Events;
using Microsoft.Extensions.Configuration;

namespace GiveBack.TestPlugins.Shared;

/// <summary>
/// Lets a test see what a plugin received: one line per delivery in the file named by the plugin's
/// <c>OutputFile</c> setting: <c>deliveryId|type|donorId|attempt|note</c>.
/// </summary>
internal static class TestRecorder
{
    private static readonly Lock Gate = new();

    public static void Record(IConfiguration configuration, EventDelivery delivery, string note = "")
    {
        var path = configuration["OutputFile"]
            ?? throw new InvalidOperationException("The test plugin needs an OutputFile setting.");
        var line = $"{delivery.DeliveryId}|{delivery.EventType}|{delivery.Event.DonorId}|{delivery.Attempt}|{note}";
        lock (Gate)
        {
            File.AppendAllLines(path, [line]);
        }
    }
}
