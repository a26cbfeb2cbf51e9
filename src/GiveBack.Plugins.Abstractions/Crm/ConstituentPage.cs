namespace GiveBack.Plugins.Abstractions.Crm;

/// <summary>One page of an incremental pull of constituents.</summary>
/// <param name="Constituents">The constituents changed since the cursor given.</param>
/// <param name="NextCursor">The cursor to store and pass next time; null keeps the previous cursor.</param>
/// <param name="HasMore">True when the CRM has more right now and the host should ask again at once.</param>
public sealed record ConstituentPage(IReadOnlyList<ExternalConstituent> Constituents, string? NextCursor, bool HasMore)
{
    /// <summary>A page with nothing new that keeps the cursor as it is.</summary>
    public static ConstituentPage Empty { get; } = new([], null, false);
}
