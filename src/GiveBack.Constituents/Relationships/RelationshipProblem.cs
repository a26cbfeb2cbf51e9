namespace GiveBack.Constituents.Relationships;

/// <summary>Why a relationship change was refused: the field at fault, the words for it, and the HTTP status it maps to.</summary>
public sealed record RelationshipProblem(string Field, string Message, int Status)
{
    public static RelationshipProblem Invalid(string field, string message) => new(field, message, 422);

    public static RelationshipProblem NotFound(string field, string message) => new(field, message, 404);

    public static RelationshipProblem Conflict(string field, string message) => new(field, message, 409);
}
