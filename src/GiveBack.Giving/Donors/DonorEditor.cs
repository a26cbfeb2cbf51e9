using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Web.Problems;

namespace GiveBack.Giving.Donors;

/// <summary>
/// Changes a donor's details from the workspace, with the API's own rules (<see cref="DonorValidation"/>), through the
/// donor's grain: the grain writes the profile and tells the plugins (<c>DonorChanged</c>) as it does for a PATCH.
/// Saving the same details twice changes nothing, so a retry needs no key.
/// </summary>
public sealed class DonorEditor(IGrainFactory grains, TimeProvider clock)
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

    /// <summary>The donor as saved; null when a field is wrong (<paramref name="errors"/> says which) or no such donor.</summary>
    public async Task<DonorView?> UpdateAsync(Guid donorId, DonorFields fields, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var profile = DonorValidation.Validate(fields, clock, errors);
        return profile is null ? null : await grains.GetGrain<IDonorGrain>(donorId).UpdateAsync(profile);
    }
}
