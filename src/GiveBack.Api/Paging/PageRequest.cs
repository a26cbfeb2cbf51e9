using GiveBack.Api.Problems;

namespace GiveBack.Api.Paging;

/// <summary>Offset paging shared by every list: <c>?offset=0&amp;limit=50</c>, at most 200 a page.</summary>
public readonly record struct PageRequest(int Offset, int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static PageRequest From(int? offset, int? limit, FieldErrors errors)
    {
        errors.Check(offset is null or >= 0, "offset", "offset must be zero or more.");
        errors.Check(limit is null or (>= 1 and <= MaxLimit), "limit", $"limit must be between 1 and {MaxLimit}.");
        return new PageRequest(Math.Max(offset ?? 0, 0), Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit));
    }
}
