using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using GiveBack.Constituents.Relationships;

namespace GiveBack.Constituents.Audit;

/// <summary>
/// Audits one access to a household. Its members are personal data, so an entry is recorded per member (an
/// administrator asking whose data a person saw, or who saw a donor's, finds household reads too): a read with the
/// members it disclosed, a write with the members before or after it and the household (name, salutation, member ids)
/// either side. The entry names the household in what was done, since its donor is a member.
/// </summary>
public sealed class HouseholdAccessLog(PersonalDataAudit audit, Households households)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records a read of <paramref name="householdId"/> (null for the list, which names no household).</summary>
    public async Task ReadAsync(ClaimsPrincipal who, string what, Guid? householdId)
    {
        var members = householdId is { } id ? await households.MemberIdsAsync(id, CancellationToken.None) : [];
        await RecordAsync(who, AuditActions.Read, Named(what, householdId), members, null, null);
    }

    /// <summary>
    /// Runs <paramref name="write"/> and, when it says it succeeded, records it with the household either side; the
    /// household after is the one the write answered with (<paramref name="answered"/>), else read back (gone after a delete).
    /// </summary>
    public async Task<T> WriteAsync<T>(
        ClaimsPrincipal who, string what, Guid? householdId, Guid? donorId, Func<Task<T>> write, Func<T, bool> succeeded, Func<T, HouseholdView?> answered)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(succeeded);
        ArgumentNullException.ThrowIfNull(answered);
        var before = householdId is { } id ? await households.FindAsync(id, CancellationToken.None) : null;
        var result = await write();
        if (!succeeded(result))
        {
            return result;
        }

        var after = answered(result) ?? (householdId is { } written ? await households.FindAsync(written, CancellationToken.None) : null);
        var members = (before?.Members ?? []).Concat(after?.Members ?? []).Select(m => m.DonorId)
            .Concat(donorId is { } member ? [member] : [])
            .Distinct()
            .ToList();
        // Recorded even if the caller has gone: the write happened.
        await RecordAsync(who, AuditActions.Write, Named(what, householdId ?? after?.Id), members, Snapshot(before), Snapshot(after));
        return result;
    }

    private async Task RecordAsync(ClaimsPrincipal who, string action, string what, IReadOnlyList<Guid> members, string? before, string? after)
    {
        if (members.Count == 0)
        {
            await audit.RecordAsync(who, action, what, null, before, after, CancellationToken.None);
            return;
        }

        foreach (var member in members)
        {
            await audit.RecordAsync(who, action, what, member, before, after, CancellationToken.None);
        }
    }

    private static string Named(string what, Guid? householdId) =>
        householdId is { } id ? string.Create(CultureInfo.InvariantCulture, $"{what} · household {id}") : what;

    private static string? Snapshot(HouseholdView? household) => household is null
        ? null
        : JsonSerializer.Serialize(new { household.Id, household.Name, household.Salutation, Members = household.Members.Select(m => m.DonorId) }, Json);
}
