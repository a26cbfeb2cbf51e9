using GiveBack.Ledger.Pledges;

namespace GiveBack.Pledges.Endpoints;

public sealed record PledgeAgingResponse(DateOnly AsOf, IReadOnlyList<AgingBucket> Buckets);
