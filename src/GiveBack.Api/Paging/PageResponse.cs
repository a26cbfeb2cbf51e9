namespace GiveBack.Api.Paging;

public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);
