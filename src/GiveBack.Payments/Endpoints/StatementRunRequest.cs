namespace GiveBack.Payments.Endpoints;

/// <summary>A statement run: the calendar <paramref name="Year"/>, or the days <paramref name="From"/> to <paramref name="To"/> (YYYY-MM-DD).</summary>
public sealed record StatementRunRequest(int? Year, string? From, string? To);
