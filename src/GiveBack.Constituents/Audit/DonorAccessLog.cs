using System.Security.Claims;
using GiveBack.Ledger.Donors;

namespace GiveBack.Constituents.Audit;

/// <summary>
/// Audits one access to a donor's data, from the API or a workspace page alike: a read is recorded as is; a write is
/// recorded with the donor's details before and after, read from the searchable copy the donor's grain keeps.
/// </summary>
public sealed class DonorAccessLog(PersonalDataAudit audit, DonorDirectory donors)
{
    public Task ReadAsync(ClaimsPrincipal who, string what, Guid? donorId) =>
        audit.RecordAsync(who, AuditActions.Read, what, donorId, cancellationToken: CancellationToken.None);

    /// <summary>Runs <paramref name="write"/> and, when it says it succeeded, records it with the details either side.</summary>
    public async Task<T> WriteAsync<T>(ClaimsPrincipal who, string what, Guid? donorId, Func<Task<T>> write, Func<T, bool> succeeded)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(succeeded);
        var before = donorId is { } id ? await SnapshotAsync(id) : null;
        var result = await write();
        if (succeeded(result))
        {
            var after = donorId is { } written ? await SnapshotAsync(written) : null;
            // Recorded even if the caller has gone: the write happened.
            await audit.RecordAsync(who, AuditActions.Write, what, donorId, before, after, CancellationToken.None);
        }

        return result;
    }

    private async Task<string?> SnapshotAsync(Guid donorId) =>
        DonorSnapshot.Of((await donors.WithIdsAsync([donorId], CancellationToken.None)).GetValueOrDefault(donorId));
}
