namespace GiveBack.Domain.Paging;

/// <summary>
/// One page of a longer list, with the total so a client can show "41–60 of 2,310". The one page shape of the
/// product: stores return it and the API serves it as is (<c>items, total, offset, limit</c>), so a list needs no
/// second response type.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);
