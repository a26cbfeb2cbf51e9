using System.Text.Json;
using GiveBack.Constituents.Audit;

namespace GiveBack.Constituents.Endpoints;

/// <summary>One audit entry as the API shows it; the before and after details are JSON objects, not strings.</summary>
public sealed record AuditEntryResponse(long Id, DateTimeOffset At, string Actor, string Action, Guid? DonorId, string What, JsonElement? Before, JsonElement? After)
{
    public static AuditEntryResponse From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.At, entry.Actor, entry.Action, entry.DonorId, entry.What, Parse(entry.Before), Parse(entry.After));
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
