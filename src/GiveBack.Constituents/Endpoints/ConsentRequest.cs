namespace GiveBack.Constituents.Endpoints;

/// <summary>The body of <c>PUT /api/v1/donors/{id}/consents</c>: the answers to record.</summary>
public sealed record ConsentRequest(IReadOnlyList<ConsentAnswerRequest>? Consents);
