namespace GiveBack.Constituents.Relationships;

/// <summary>A relationship change done (<see cref="Value"/>) or refused (<see cref="Problem"/>).</summary>
public sealed record RelationshipOutcome<T>(T? Value, RelationshipProblem? Problem)
    where T : class
{
    public static implicit operator RelationshipOutcome<T>(T value) => new(value, null);

    public static implicit operator RelationshipOutcome<T>(RelationshipProblem problem) => new(null, problem);
}
