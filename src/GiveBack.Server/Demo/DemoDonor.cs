using GiveBack.Grains.Abstractions.Donors;

namespace GiveBack.Server.Demo;

internal sealed record DemoDonor(Guid Id, DonorProfile Profile, IReadOnlyList<DemoGift> Gifts);
