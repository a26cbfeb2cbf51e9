namespace GiveBack.Constituents.Endpoints;

/// <summary>What <c>POST /api/v1/imports</c> answers: the queued import's id.</summary>
public sealed record ImportCreatedResponse(Guid Id);
