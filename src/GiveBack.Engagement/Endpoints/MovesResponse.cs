using GiveBack.Engagement.Moves;

namespace GiveBack.Engagement.Endpoints;

/// <summary>A prospect's current moves and every earlier state, oldest first.</summary>
public sealed record MovesResponse(
    Guid DonorId, MoveStage Stage, string OfficerId, string? NextStep, DateOnly? DueOn, DateTimeOffset UpdatedAt,
    IReadOnlyList<MoveChangeResponse> History)
{
    public static MovesResponse From(ProspectMoves moves) => new(
        moves.Current.DonorId, moves.Current.Stage, moves.Current.OfficerId, moves.Current.NextStep, moves.Current.DueOn,
        moves.Current.UpdatedAt, [.. moves.History.Select(MoveChangeResponse.From)]);
}
