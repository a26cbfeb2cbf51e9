using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Donors;
using GiveBack.Web.Problems;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Giving.Donors;

/// <summary>
/// Changes a donor's details from the workspace, with the API's own rules (<see cref="DonorValidation"/>), through the
/// donor's grain: the grain writes the profile and tells the plugins (<c>DonorChanged</c>) as it does for a PATCH.
/// Saving the same details twice changes nothing, so a retry needs no key.
/// </summary>
public sealed class DonorEditor(IGrainFactory grains, DonorDirectory directory, TimeProvider clock)
{
    /// <summary>The profile the fields make under the API's rules; null when a field is wrong (<paramref name="errors"/> says which).</summary>
    public DonorProfile? Validate(DonorFields fields, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return DonorValidation.Validate(fields, clock, errors);
    }

    /// <summary>
    /// Creates the donor <paramref name="donorId"/> through its grain, as <c>POST /donors</c> does. The caller derives the
    /// id from something stable (an idempotency key, an imported row's source id), so a retry is answered
    /// <c>AlreadyCreated</c> with the donor it made.
    /// </summary>
    public async Task<DonorCreation> CreateAsync(Guid donorId, DonorProfile profile) =>
        await grains.GetGrain<IDonorGrain>(donorId).CreateAsync(profile);

    /// <summary>
    /// Creates many new donors at once, as an import does: their rows and DonorChanged events in one transaction, no
    /// grain call each (a grain takes its profile from its row when first used). When one of the ids turned out to be
    /// taken meanwhile (the same file imported twice at once), each is created through its grain instead, which answers
    /// <c>AlreadyCreated</c> or <c>Conflict</c> as <see cref="CreateAsync"/> does. The ids of the donors now on file with
    /// these profiles.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> CreateManyAsync(IReadOnlyList<(Guid Id, DonorProfile Profile)> donors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(donors);
        var now = clock.GetUtcNow();
        try
        {
            await directory.CreateManyAsync([.. donors.Select(d => DonorRows.Of(d.Id, d.Profile, now, now))], cancellationToken);
            return [.. donors.Select(d => d.Id)];
        }
        catch (DbUpdateException)
        {
            var created = new List<Guid>(donors.Count);
            foreach (var (id, profile) in donors)
            {
                if (await CreateAsync(id, profile) is { Outcome: not CreateOutcome.Conflict, Donor: not null })
                {
                    created.Add(id);
                }
            }

            return created;
        }
    }

    /// <summary>The donor as saved; null when a field is wrong (<paramref name="errors"/> says which) or no such donor.</summary>
    public async Task<DonorView?> UpdateAsync(Guid donorId, DonorFields fields, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var profile = DonorValidation.Validate(fields, clock, errors);
        return profile is null ? null : await grains.GetGrain<IDonorGrain>(donorId).UpdateAsync(profile);
    }
}
