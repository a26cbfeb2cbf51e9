using GiveBack.Ledger.Pledges;

namespace GiveBack.Api.Schedules;

public sealed record PledgeAgingResponse(DateOnly AsOf, IReadOnlyList<AgingBucket> Buckets);
