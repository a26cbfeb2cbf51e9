namespace GiveBack.Payments.Endpoints;

/// <summary>The run recorded; follow it at <c>GET /api/v1/statements/runs/{id}</c>.</summary>
public sealed record StatementRunCreated(Guid Id);
