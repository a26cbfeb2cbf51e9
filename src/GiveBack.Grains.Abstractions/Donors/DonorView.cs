using GiveBack.Domain.Giving;

namespace GiveBack.Grains.Abstractions.Donors;

[GenerateSerializer, Immutable, Alias("giveback.donor-view")]
public sealed record DonorView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] DonorProfile Profile,
    [property: Id(2)] GivingSummary Giving,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt);
