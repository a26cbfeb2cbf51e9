namespace GiveBack.Grains.Abstractions.Pledges;

[GenerateSerializer, Immutable, Alias("giveback.pledge-creation")]
public sealed record PledgeCreation([property: Id(0)] CreateOutcome Outcome, [property: Id(1)] PledgeView? Pledge);
