using GiveBack.Pledges.Store;

namespace GiveBack.Pledges.Endpoints;

public sealed record PledgeAgingResponse(DateOnly AsOf, IReadOnlyList<AgingBucket> Buckets);
